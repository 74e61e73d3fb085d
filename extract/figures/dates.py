"""Dates around a number ("November 5", "February 2022", "1953", "1950-1953") as ISO strings."""

from __future__ import annotations

import calendar
import datetime
import re
from typing import TYPE_CHECKING

from extract.figures.core import _names_the_us, _Num
from extract.figures.units import _PERCENT_WORDS

if TYPE_CHECKING:
    from spacy.tokens import Doc


# fmt: off
_MONTHS = {m.lower(): i for i, m in enumerate(calendar.month_name) if m}
_MONTHS.update({m.lower(): i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS.update({m.lower() + ".": i for i, m in enumerate(calendar.month_abbr) if m})
_MONTHS.update({"sept": 9, "sept.": 9})
_DATE_TOKEN = re.compile(r"^(?:\d{1,2}/\d{1,2}/\d{2,4}|\d{4}-\d{2}-\d{2}|\d{1,2}\.\d{1,2}\.\d{4})$")
# fmt: on


def _month_at(doc: Doc, i: int) -> int | None:
    if i < 0 or i >= len(doc):
        return None
    t = doc[i]
    m = _MONTHS.get(t.lower_)
    if m is None:
        return None
    dated = i > 0 and doc[i - 1].lower_ in ("on", "since", "until", "by") and i + 1 < len(doc) and doc[i + 1].like_num
    if t.text[0].islower() and t.lower_ in ("may", "march", "jan", "sat", "sun", "mar", "dec", "sept", "aug"):
        return m if dated else None  # "on may 19" in lower-cased text is a date
    if t.lower_ in ("may", "march") and t.pos_ in ("VERB", "AUX") and t.i + 1 < len(doc) and not doc[t.i + 1].like_num:
        return None
    return m


def _year_like(num: _Num, doc: Doc) -> bool:
    t = doc[num.start]
    return (
        num.digits
        and not num.scaled
        and num.end == num.start + 1
        and not num.suffix
        and not num.currency
        and re.fullmatch(r"\d{4}", t.text) is not None
        and 1000 <= num.value <= 2100
    )


def _clipped_year(doc: Doc, i: int, j: int) -> bool:
    """Two digits right after an apostrophe that opens a word ("in '93", "the class of ’99"), not a decade ("the '90s"
    is one token) nor feet and inches ("5'11", glued on both sides)."""
    if j != i + 1 or i == 0 or not re.fullmatch(r"\d\d", doc[i].text) or doc[i - 1].text not in ("'", "’"):
        return False
    mark = doc[i - 1]
    if mark.whitespace_ or not (mark.i == 0 or bool(doc[mark.i - 1].whitespace_) or doc[mark.i - 1].is_punct):
        return False
    if i + 1 < len(doc) and doc[i + 1].pos_ in ("NOUN", "PROPN", "NUM"):
        return False  # "The sign read '50 years of service'": a quote mark before a number that counts a noun
    # "The slogan was '20 for 20'": a quote the sentence closes again with the same mark
    return not any(t.text == mark.text for t in doc[i + 1 : doc[i].sent.end])


def _clipped_century(doc: Doc, two: int) -> int:
    """The year of a clipped "'NN": in the hundred years up to the latest four-digit year the document writes (its
    own time, so a file reads the same whenever it is run), else up to today's year."""
    years = [int(t.text) for t in doc if len(t.text) == 4 and t.text.isdecimal() and 1900 <= int(t.text) <= 2100]
    now = max(years) if years else datetime.date.today().year
    return 2000 + two if 2000 + two <= now else 1900 + two


def _date_at(doc: Doc, num: _Num, ents: dict[int, str]) -> tuple[int, int, str] | None:
    """A date around a number: (start token, end token, ISO string) or None."""
    i, j = num.start, num.end
    n = len(doc)
    t = doc[i]
    if _DATE_TOKEN.match(t.text):
        return i, i + 1, _iso_from_token(t.text, _writes_day_first(doc))
    if not num.digits or num.currency or num.scaled:
        return None
    if num.low is not None and num.high is not None:
        m0 = _month_at(doc, i - 1)
        lo, hi = num.low, num.high
        if m0 is not None and 1 <= lo < hi <= 31 and lo == int(lo) and hi == int(hi):
            return i - 1, j, _day_span(m0, int(lo), int(hi))  # "Oct. 5–7"
    v = num.value
    is_int = v == int(v) and "." not in t.text and "," not in t.text
    if not is_int:
        return None
    iv = int(v)
    if _clipped_year(doc, i, j):
        # "not even in '93", "since ’08": a year with its century cut off, in the last hundred years
        year = _clipped_century(doc, iv)
        return i - 1, j, f"{year:04d}"
    # Month before: "November 5", "Nov. 5, 2024", "February 2022", "nov . 5" (text tokenized with spaces)
    m = _month_at(doc, i - 1)
    mstart = i - 1
    if m is None and i >= 2 and doc[i - 1].text == "." and doc[i - 2].lower_ in _MONTHS and len(doc[i - 2]) <= 4:
        m, mstart = _MONTHS[doc[i - 2].lower_], i - 2
    if (
        m is None
        and i >= 2
        and doc[i - 1].lower_ in ("of",)
        and _month_at(doc, i - 2) is not None
        and _year_like(num, doc)
    ):
        m = _month_at(doc, i - 2)
        return i - 2, j, f"{iv:04d}-{m:02d}"
    if m is not None:
        if 1 <= iv <= 31 and len(t.text) <= 2:
            end = j
            if end < n and doc[end].lower_ in ("st", "nd", "rd", "th"):
                end += 1
            last = _day_after_dash(doc, end, iv)
            if last is not None:
                end += 2  # "Oct. 28-29"
            y = None
            k = end
            if k < n and doc[k].text == ",":
                k += 1
            if k < n and re.fullmatch(r"\d{4}", doc[k].text) and 1000 <= int(doc[k].text) <= 2100:
                y = int(doc[k].text)
                end = k + 1
            if last is not None:
                return mstart, end, _day_span(m, iv, last, y)
            return mstart, end, (f"{y:04d}-{m:02d}-{iv:02d}" if y else f"--{m:02d}-{iv:02d}")
        if _year_like(num, doc):
            return mstart, j, f"{iv:04d}-{m:02d}"
    # Day before month: "5 November 2024", "1 may"
    if 1 <= iv <= 31 and len(t.text) <= 2:
        k = j
        if k < n and doc[k].lower_ in ("st", "nd", "rd", "th"):
            k += 1
        if k < n and doc[k].lower_ == "of":
            k += 1
        last = _day_after_dash(doc, k, iv)
        if last is not None and k + 2 < n and _MONTHS.get(doc[k + 2].lower_) is not None:
            m3 = _MONTHS[doc[k + 2].lower_]
            end = k + 3
            y = None
            if end < n and re.fullmatch(r"\d{4}", doc[end].text):
                y, end = int(doc[end].text), end + 1
            return i, end, _day_span(m3, iv, last, y)  # "18-24 November"
        m2 = _MONTHS.get(doc[k].lower_) if k < n else None
        if m2 is not None and (doc[k].text[0].isupper() or doc[k].lower_ not in ("may", "march") or t.i > 0):
            end = k + 1
            y = None
            if end < n and re.fullmatch(r"\d{4}", doc[end].text):
                y = int(doc[end].text)
                end += 1
            return i, end, (f"{y:04d}-{m2:02d}-{iv:02d}" if y else f"--{m2:02d}-{iv:02d}")
    if _year_like(num, doc):
        # A year: spaCy calls it a date, or it is not counting a plural noun ("1,500 soldiers" has a comma).
        nxt = doc[j] if j < n else None
        label = ents.get(i)
        counts_noun = (
            nxt is not None
            and nxt.tag_ in ("NNS", "NNPS")
            and nxt.lower_
            not in (
                "sales",
                "earnings",
                "results",
                "elections",
                "levels",
                "prices",
                "figures",
                "profits",
                "olympics",
                "games",
            )
        )
        if counts_noun and label != "DATE":
            return None
        if nxt is not None and nxt.lower_ in _PERCENT_WORDS | {"per"}:
            return None
        # Year ranges "1950-1953", "2013-14", "2019/20"
        if (
            j + 1 < n
            and doc[j].text in ("-", "–", "/")
            and not doc[j].whitespace_
            and re.fullmatch(r"\d{2}|\d{4}", doc[j + 1].text)
        ):
            y2 = doc[j + 1].text
            y2 = str(iv)[:2] + y2 if len(y2) == 2 else y2
            return i, j + 2, f"{iv:04d}/{y2}"
        if iv < 1800 and not _early_year(doc, i, label == "DATE", counts_noun):
            return None  # "the score was 1128", "rose from 1061 to 1128": a value; "in 1453", "since 1066": years
        return i, j, f"{iv:04d}"
    return None


# Words before a year long past ("in 1453", "since 1066", "from 1347 to 1351", "circa 1200", "the year 1000").
_EARLY_YEAR_BEFORE = frozenset(
    {
        "in",
        "since",
        "until",
        "till",
        "circa",
        "c.",
        "ca.",
        "year",
        "between",
        "around",
        "from",
        "to",
        "and",
        "of",
        "by",
        "after",
        "before",
        "early",
        "late",
        "mid",
        "-",
    }
)


def _early_year(doc: Doc, i: int, date_ent: bool, counts_noun: bool) -> bool:
    """Whether a four-digit number before 1800 at token i reads as a year.

    A year that long past is a year when the tagger calls it a date, when it follows a word of time ("in 1453") or
    comes between a determiner or possessive and the noun it dates ("The 1692 Salem witch trials", "Shakespeare's
    1603 play"), or when an era marks it ("1066 AD", "AD 1066"); it is a value only on positive evidence: it counts
    a plural noun ("1128 cases"), a change verb moves it ("rose from 1061 to 1128"), a name before it makes it a
    model number ("GTX 1660"), it is a level after "at" ("closed at 1650"), or a copula states it ("the score was
    1128")."""
    from extract.figures.qualifiers import _is_change_verb

    eras = ("AD", "BC", "BCE", "CE")
    if i + 1 < len(doc) and doc[i + 1].text.rstrip(".").upper() in eras:
        return True
    if i > 0 and doc[i - 1].text.rstrip(".").upper() in eras:
        return True
    if counts_noun:
        return False
    t = doc[i]
    prev = doc[i - 1] if i > 0 else None
    if prev is not None:
        p = prev
        if p.lower_ == "to" and i >= 3 and doc[i - 3].lower_ == "from":
            p = doc[i - 3]  # "from 1061 to 1128": the span's "from" decides for both ends
        if p.lower_ in ("from", "to", "by") and _is_change_verb(p.head) is not None:
            return False
        if prev.lower_ == "at":
            return False  # "stood at 1250", "closed at 1650": a level; a year takes "in", not "at"
        if prev.pos_ == "PROPN" and prev.ent_type_ != "DATE" and prev.lower_ not in _MONTHS:
            return False  # "GTX 1660", "Ryzen 1600": a model number after a name
    if t.dep_ in ("attr", "acomp") and t.head.lower_ in ("is", "was", "are", "were", "be", "been"):
        subj = next((c for c in t.head.children if c.dep_ == "nsubj"), None)
        if subj is None or subj.lower_ not in ("year", "date"):
            return False  # "the score was 1128": what a copula states is a value ("The year was 1692" a year)
    if date_ent or (prev is not None and prev.lower_ in _EARLY_YEAR_BEFORE):
        return True
    nxt = doc[i + 1] if i + 1 < len(doc) else None
    return (
        prev is not None
        and (prev.lower_ == "the" or prev.tag_ in ("POS", "PRP$"))
        and nxt is not None
        and nxt.tag_ in ("NN", "NNP")
    )


def _day_after_dash(doc: Doc, k: int, first: int) -> int | None:
    """The last day of a day range glued by a dash at token k ("28-29"), if any."""
    if k + 1 >= len(doc) or doc[k].text not in ("-", "–") or doc[k - 1].whitespace_ or doc[k].whitespace_:
        return None
    last = doc[k + 1].text
    if not (last.isdecimal() and len(last) <= 2 and first < int(last) <= 31):
        return None
    return int(last)


def _day_span(month: int, first: int, last: int, year: int | None = None) -> str:
    """An ISO 8601 interval of days in one month: "--10-05/--10-07", "2019-10-28/2019-10-29"."""
    pre = f"{year:04d}-" if year else "--"
    return f"{pre}{month:02d}-{first:02d}/{pre}{month:02d}-{last:02d}"


def _iso_from_token(text: str, day_first: bool = False) -> str:
    if "-" in text:
        return text
    parts = re.split(r"[/.]", text)
    if "." in text:
        d, mo, y = parts
    else:
        mo, d, y = parts
        if int(mo) > 12 or (day_first and int(d) <= 12):
            d, mo = mo, d
    yy = int(y) if len(y) == 4 else 2000 + int(y)
    return f"{yy:04d}-{int(mo):02d}-{int(d):02d}"


_SLASH_DATE = re.compile(r"(\d{1,2})/(\d{1,2})/\d{2,4}")


def _writes_day_first(doc: Doc) -> bool:
    """Whether the story writes slash dates day first ("12/03/2024" is 12 March in a London story): by its own slash
    dates that only read one way ("25/03/2024" day first, "03/25/2024" month first), else by where it is: its
    dateline's country, else the places it names (the gazetteer's countries, the big cities' countries), day first
    when they name a country other than the United States (which writes month first, as do Canada and the
    Philippines often) and not the United States. Month first without evidence, as before. Computed once per
    document."""
    key = "figures.day_first"
    if key in doc.user_data:
        return doc.user_data[key]
    found: bool | None = None
    for t in doc:
        m = _SLASH_DATE.fullmatch(t.text)
        if m is not None:
            a, b = int(m.group(1)), int(m.group(2))
            if a > 12 >= b:
                found = True
                break
            if b > 12 >= a:
                found = False
                break
    if found is None:
        found = _place_writes_day_first(doc)
    doc.user_data[key] = found
    return found


# Countries that write slash dates month first, or both ways.
_MONTH_FIRST = frozenset(("US", "CA", "PH", "FM", "PW", "MH"))


def _place_writes_day_first(doc: Doc) -> bool:
    """Whether the story's places say day first (see _writes_day_first)."""
    from extract import datelines
    from extract.actors.names import country_code

    line = datelines.first(doc.text, known=True)
    home = datelines.country(line) if line is not None else None
    if home is not None:
        return home not in _MONTH_FIRST
    if _names_the_us(doc, 0, len(doc)):
        return False  # "the FBI said", "Customs and Border Protection said", "a Texas court" (review s29 rev1 RF3)
    codes = set()
    for ent in doc.ents:
        r = ent.root
        if r.dep_ == "pobj" and r.head.lower_ in ("from", "to", "into"):
            continue  # "flew in from London", "crossed from Mexico": where someone came from, not the story's place
        if ent.label_ == "GPE":
            name = ent.text.removeprefix("the ")
            code = country_code(name) or datelines.city_country(name)
            if name in ("US", "U.S.", "USA", "America"):
                code = "US"
            if code is not None:
                codes.add(code)
    return bool(codes) and not codes & _MONTH_FIRST
