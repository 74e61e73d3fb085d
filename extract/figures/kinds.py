"""The kind and unit of a number read from the tokens right after it (percent, money, quantity, duration)."""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import pycountry

from extract import datelines
from extract.figures.core import _Num, _singular
from extract.figures.money import (
    _SUBUNIT_CURRENCY,
    _SUBUNITS,
    _SYMBOLS,
    _british_cue,
    _currency_after,
    _currency_codes,
    _currency_names,
    _dateline_country,
    _names_britain,
    _pounds_are_money,
    _sterling_story,
    _story_currency,
)
from extract.figures.scales import _SCALE_WORDS, _UNICODE_FRACTIONS, _scale_at
from extract.figures.units import (
    _DURATION_UNITS,
    _GLUED_ONLY,
    _PERCENT_WORDS,
    _TEMPERATURE_SCALES,
    _UNIT_NAMES,
    _UNIT_SYMBOLS,
    _symbol_unit_ok,
    _unit_name,
)

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


_BASIS_POINTS = frozenset({"bps", "bp", "bpts", "bip", "bips"})
_VIDEO_LINES = frozenset({144.0, 240.0, 360.0, 480.0, 576.0, 720.0})  # "720p" names a resolution, not pence
_FEET_INCHES = re.compile(r"(foot|feet)-(\d{1,2})")
_BRACKETS = {"(": ")", "[": "]", "{": "}", "<": ">"}


def _bracketed_unit(sym: str) -> tuple[str, str] | None:
    """A unit symbol, name or currency code alone inside brackets; ambiguous one-letter symbols are left out."""
    if sym in ("%",):
        return "percent", "%"
    if sym.isupper() and len(sym) == 3 and sym in _currency_codes():
        return "money", sym
    u = _UNIT_SYMBOLS.get(sym) if sym not in _GLUED_ONLY else None
    u = u or _unit_name(sym)
    if u is None:
        return None
    return ("duration" if u in _DURATION_UNITS else "quantity"), u


def _stray_space(doc: Doc, i: int) -> bool:
    """Token i is extra spaces inside a line ("20  kg"): spaCy makes them a token of their own."""
    return i < len(doc) and doc[i].is_space and "\n" not in doc[i].text


def _opens_line(doc: Doc, i: int) -> bool:
    """Token i opens a line or a part after a colon ("6A: ...", "Summary: 5-1A: ..."), a range before it included:
    the text's start, a space token holding a line break, or a colon before it."""
    if i >= 2 and doc[i - 1].text in ("-", "–") and doc[i - 2].like_num:
        i -= 2  # "5-1A": the classes 5A to 1A
    return i == 0 or (doc[i - 1].is_space and "\n" in doc[i - 1].text) or doc[i - 1].text == ":"


# fmt: off
_SCALED_SYMBOLS = {"bcm": (1e9, "cubic metre"), "bcf": (1e9, "cubic foot"), "tcf": (1e12, "cubic foot"),
                   "mb/d": (1e6, "barrel per day"), "mbpd": (1e6, "barrel per day"), "kb/d": (1e3, "barrel per day"),
                   "mmbpd": (1e6, "barrel per day"), "mtpa": (1e6, "metric ton per year")}
# fmt: on


# The words a unit name of several words starts with ("square" of "square foot"), and every start of a unit symbol
# ("k", "km", "km/"): a unit of several tokens (below) starts with one of them, so other tokens skip that search.
_NAME_HEADS = frozenset(key[:i] for key in _UNIT_NAMES for i, c in enumerate(key) if c == " ")
_SYMBOL_PREFIXES = frozenset(key[:i] for key in _UNIT_SYMBOLS for i in range(1, len(key) + 1))


def _unit_at(doc: Doc, num: _Num) -> tuple[str, str | None, int] | None:
    """The unit right after a number: (kind, unit, tokens used) or None; a double space may come between."""
    if num.suffix or not _stray_space(doc, num.end):
        return _unit_from(doc, num, num.end)
    u = _unit_from(doc, num, num.end + 1)
    return None if u is None else (u[0], u[1], u[2] + 1)


def _clock_zone(doc: Doc, i: int) -> bool:
    """Whether token ``i`` is a time zone ("ET", "PST", "GMT", "UTC"), after which "8p" is a clock time, not pence."""
    if i >= len(doc):
        return False
    t = doc[i].text
    return t.isupper() and (t == "UTC" or (2 <= len(t) <= 4 and t.endswith("T")))


def _clock_hour(doc: Doc, i: int) -> bool:
    """Whether a number with a glued h at token i is a time of day or a label, not hours: after a preposition of
    time ("Talks resumed at 9h", "from 18h") or a plural noun ("Rooms 12h and 14b")."""
    prev = doc[i - 1] if i > 0 else None
    return prev is not None and (
        prev.lower_ in ("at", "by", "until", "till", "from", "before", "after", "around", "since") or prev.tag_ == "NNS"
    )


def _unit_from(doc: Doc, num: _Num, i: int) -> tuple[str, str | None, int] | None:
    """The unit starting at token i, right after the number (see _unit_at)."""
    n = len(doc)
    suf = num.suffix
    if suf:
        # Glued suffixes: "200lbs", "75ml", "24703m2", "10kph", "4km^3", "115USD", "45{kg", "50%".
        s = suf.strip("{}()[]<>")
        if len(s) > 1 and s.endswith(".") and s.count(".") == 1:
            s = s[:-1]  # "lows of minus 10C.": the tokenizer keeps the full stop after a letter
        s = re.sub(r"\^3$", "3", re.sub(r"\^2$", "2", s))
        if s in ("%", "pc"):  # "5pc" in British financial copy
            return "percent", "%", 0
        if s.lower() in _BASIS_POINTS:
            return "percent", "basis point", 0  # "50bps"
        if s in ("ppt", "pp", "ppts"):
            return "percent", "percentage point", 0  # "rose 0.5ppt" in British financial copy
        if s == "p" and num.value < 1000 and num.value not in _VIDEO_LINES and not _clock_zone(doc, num.end):
            return "money", "GBP pence", 0  # "50p", "2.5p a litre"; "1080p" is a video resolution
        if s == "h" and num.digits and not num.currency and not _clock_hour(doc, num.start):
            return "duration", "hour", 0  # "2h 15m", "a 24h strike": a glued lower-case h is hours ("2H" is a half)
        if s in ("C", "F") and not doc[i - 1].text[:1].isalpha():
            return "quantity", _TEMPERATURE_SCALES[s.lower()], 0  # "40C in Madrid"
        if s in _SYMBOLS and s != "$":
            return "money", _SYMBOLS[s], 0
        if s.upper() in _currency_codes() and s.isupper():
            return "money", s, 0
        if (
            len(s) == 1
            and s.isupper()
            and num.end < len(doc)
            and doc[num.end].text == ":"
            and _opens_line(doc, num.start)
        ):
            # "6A: Wichita North's Miguel Bernal ...": a class heading, not amperes ("delivers 3A: enough" is)
            return "label", None, 0
        if s in _UNIT_SYMBOLS:
            u = _UNIT_SYMBOLS[s]
            return ("duration" if u in _DURATION_UNITS else "quantity"), u, 0
        if s.lower() in _UNIT_SYMBOLS and s.lower() not in _GLUED_ONLY and s.lower() != s:
            return "quantity", _UNIT_SYMBOLS[s.lower()], 0
        un = _unit_name(s)
        if un:
            return "quantity", un, 0
        if s[:1] == "-" and s[1:].isalpha() and _UNICODE_FRACTIONS.keys() & set(doc[num.start].text):
            s = s[1:]  # "a 2½-hour film": the tokenizer keeps the hyphen and the unit on the glued fraction
            un = _unit_name(s)
            if un:
                return "quantity", un, 0
            dur = _DURATION_UNITS.get(s.lower())
            old = num.end + 1 < len(doc) and doc[num.end].text in ("-", "–") and doc[num.end + 1].lower_ == "old"
            if dur in ("year", "month", "week", "day") and old:
                return "quantity", f"{dur} of age", 2  # "a 2½-year-old boy", as "a 2.5-year-old boy"
        if s.lower() in _DURATION_UNITS or _singular(s.lower()) in _DURATION_UNITS:
            return "duration", _DURATION_UNITS.get(s.lower()) or _DURATION_UNITS[_singular(s.lower())], 0
        if s in ("-", "–"):
            return None
        return "label", None, 0
    if i >= n:
        return None
    t = doc[i]
    low = t.lower_
    glued = not doc[i - 1].whitespace_ and not doc[i - 1].is_space
    if low in ("-", "–") and glued and i + 1 < n and doc[i + 1].lower_ in _PERCENT_WORDS and not doc[i].whitespace_:
        return "percent", "%", 2  # "80-percent"
    if low in _BRACKETS and i + 2 < n and doc[i + 2].text == _BRACKETS[low]:
        bracketed = _bracketed_unit(doc[i + 1].text)  # "20 (kg)", "20 [kg]": a unit written as a label
        if bracketed is not None:
            return bracketed[0], bracketed[1], 3
    # Percent ("pc" only in lower case: "5 pc" is British financial copy, "5 PCs" are computers)
    if low in _PERCENT_WORDS or t.text == "pc":
        if low.startswith("percentage") and i + 1 < n and doc[i + 1].lower_ in ("point", "points"):
            return "percent", "percentage point", 2
        if low.startswith("percentage") and _hyphen_point(doc, i + 1):
            return "percent", "percentage point", 3  # "a 0.5 percentage-point cut"
        return "percent", "%", 1
    if low == "per" and i + 1 < n and doc[i + 1].lower_ in ("cent", "cents"):
        return "percent", "%", 2
    if low in ("basis",) and i + 1 < n and doc[i + 1].lower_ in ("point", "points"):
        return "percent", "basis point", 2
    if low == "basis" and _hyphen_point(doc, i + 1):
        return "percent", "basis point", 3  # "a 50 basis-point cut"
    if low in ("-", "–") and glued and i + 1 < n and doc[i + 1].lower_ == "basis" and _hyphen_point(doc, i + 2):
        return "percent", "basis point", 4  # "a 50-basis-point cut"
    if low in _BASIS_POINTS:
        return "percent", "basis point", 1  # "cut rates by 50 bps"
    if t.text in ("ppt", "ppts"):
        return "percent", "percentage point", 1  # "up 0.5 ppt"
    # A currency symbol after the number ("10 €"), unless it starts the next amount ("10 $ 30").
    if t.text in _SYMBOLS and len(t.text) <= 2 and not (i + 1 < n and doc[i + 1].text[:1].isdecimal()):
        return "money", _SYMBOLS[t.text], 1
    # Hyphenated compounds: "3-inch", "six-mile", "two-year", "15 year-old", "12-cent".
    k0 = i
    if low in ("-", "–") and glued and i + 1 < n:
        k0 = i + 1
        t = doc[k0]
        low = t.lower_
    fm = _FEET_INCHES.fullmatch(low) if k0 > i else None
    if fm and int(fm.group(2)) < 12:
        num.value += int(fm.group(2)) / 12  # "the 5-foot-9 guard": a height, read by the tokenizer as "foot-9"
        return "quantity", "foot", k0 - i + 1
    # Currency names and codes
    cur = _currency_after(doc, k0)
    word = doc[k0 - 1] if k0 > 0 else None
    spelled = word is not None and word.is_alpha and word.like_num and word.lower_ not in _SCALE_WORDS
    if cur and spelled and doc[k0].text.isupper():
        named = k0 + 1 < n and doc[k0 + 1].pos_ in ("NOUN", "PROPN")
        sent = doc[k0].sent
        shouted = word.text.isupper() and all(not t.is_alpha or t.text.isupper() for t in sent)
        acts = word.text.isupper() and k0 + 1 < n and doc[k0 + 1].pos_ in ("VERB", "AUX")  # "ONE COP was injured"
        if shouted or named or acts:
            cur = None  # "ONE COP was injured" (a headline in capitals), "Two COP officers": no currency code
    if cur:
        code, k = cur
        if code.endswith("*1e6"):
            num.value *= 1e6
            code = code[:-4]
        sc = _scale_at(doc, k0 + k, True) if not num.scaled else None
        if sc:  # "75 USD million"
            num.value *= sc[0]
            num.scaled = True
            k += sc[1]
        elif k0 + k < n and doc[k0 + k].lower_ in ("cent", "cents") and len(code) == 3:
            return "money", f"{code} cent", k0 - i + k + 1  # "10 euro cents"
        return "money", code, k0 - i + k
    cents = _dollar_cents(doc, k0)
    if cents is not None:
        return "money", f"{cents[0]} cent", k0 - i + cents[1]  # "65 U.S. cents", "2 Canadian cents"
    if low in ("pound", "pounds", "quid") and (low == "quid" or _pounds_are_money(doc, num, k0)):
        return "money", "GBP" if low == "quid" else _story_currency(doc, "pound", k0), k0 - i + 1
    if low in _SUBUNITS and (low != "p" or not (doc[k0 - 1].whitespace_ or doc[k0 - 1].is_space)):
        sub = _SUBUNITS[low]
        if sub == "penny" and not _penny_sterling(doc, doc[k0]):
            # a penny is a cent in a story with no British cue ("Congress raised the gas tax by a penny a gallon"),
            # as "pound" is sterling only with one; the dateline's dollar's ("OTTAWA (Reuters) -") or the US cent
            return "money", f"{_story_currency(doc, 'dollar', k0) or 'USD'} cent", k0 - i + 1
        return "money", f"{_SUBUNIT_CURRENCY.get(sub, 'USD')} {sub}", k0 - i + 1
    if low in ("point", "points") and t.pos_ == "NOUN":
        return "quantity", "point", k0 - i + 1  # index and score points measure ("down 190 points")
    # Energy-market symbols that carry a scale ("40 bcm of gas", "cut 1.2 mb/d"): the value is normalised to
    # the plain unit, as "40 billion cubic metres" is.
    for k in (3, 1):
        if k0 + k <= n and all(not doc[x].whitespace_ for x in range(k0, k0 + k - 1)):
            sym = "".join(doc[x].text for x in range(k0, k0 + k)).lower()
            if k > 1 and sym.endswith("."):
                sym = sym[:-1]  # "cut 1.2 mb/d.": the tokenizer keeps the full stop on the last letter
            scaled = _SCALED_SYMBOLS.get(sym)
            if scaled is not None:
                num.value *= scaled[0]
                num.scaled = True
                return "quantity", scaled[1], k0 - i + k
    # Durations ("two years", "15-year-old")
    dur = _DURATION_UNITS.get(low) or (_DURATION_UNITS.get(_singular(low)) if low.endswith("s") else None)
    if dur and low not in ("quarter", "quarters", "min", "sec"):
        if k0 + 2 < n and doc[k0 + 1].text == "-" and doc[k0 + 2].lower_ in ("old", "olds"):
            return "quantity", f"{dur} of age", k0 - i + 3  # "a 6-month-old baby" is a month of age
        if k0 + 1 < n and doc[k0 + 1].lower_ in ("old",) and dur in ("year", "month", "week", "day"):
            return "quantity", f"{dur} of age", k0 - i + 2
        return "duration", dur, k0 - i + 1
    if low in ("min", "sec", "mins", "secs") and t.pos_ != "VERB":
        return "duration", _DURATION_UNITS[low], k0 - i + 1
    # Measurement units by name (up to three words) then by symbol.
    for k in (4, 3, 2) if low in _NAME_HEADS or t.text in _SYMBOL_PREFIXES else ():
        if k0 + k <= n:
            words = [doc[x].lower_ for x in range(k0, k0 + k)]
            key = " ".join(words)
            key_s = " ".join(words[:-1] + [_singular(words[-1])])
            keys = [key, key_s]
            if k == 3 and words[1] in ("-", "–") and not doc[k0].whitespace_ and not doc[k0 + 1].whitespace_:
                keys.append(f"{words[0]} {words[2]}")  # "a 5,000-square-foot home", "a 40-cubic-meter tank"
            for kk in keys:
                if kk in _UNIT_NAMES:
                    return "quantity", _UNIT_NAMES[kk], k0 - i + k
            sym = "".join(doc[x].text for x in range(k0, k0 + k))
            if sym.endswith(".") and doc[k0 + k - 1].text != "." and sym[:-1] in _UNIT_SYMBOLS and "/" in sym:
                sym = sym[:-1]  # "250 km/h." closing a sentence, in one token ("h."); a full stop of its own is none
            if sym in _UNIT_SYMBOLS and all(not doc[x].whitespace_ for x in range(k0, k0 + k - 1)):
                return "quantity", _UNIT_SYMBOLS[sym], k0 - i + k
            sym_sp = " ".join(doc[x].text for x in range(k0, k0 + k))
            if sym_sp in _UNIT_SYMBOLS:
                return "quantity", _UNIT_SYMBOLS[sym_sp], k0 - i + k
    un = _unit_name(low)
    if un and not (low == "pound" or low == "pounds"):
        if un == "degree" and k0 + 1 < n and doc[k0 + 1].lower_ in _TEMPERATURE_SCALES:
            return "quantity", _TEMPERATURE_SCALES[doc[k0 + 1].lower_], k0 - i + 2
        if un in ("turn", "stone", "cup", "carat", "knot", "amp", "ampere") and t.pos_ == "VERB":
            return None
        return "quantity", un, k0 - i + 1
    if low in ("pound", "pounds"):
        return "quantity", "pound", k0 - i + 1
    sym = t.text
    closes = k0 + 1 >= n or doc[k0 + 1].is_sent_start or t.i == t.sent.end - 1
    if len(sym) > 1 and sym.endswith(".") and sym[:-1] in _UNIT_SYMBOLS and closes:
        # "The wall is 5 m.": the tokenizer keeps the sentence's full stop on a unit symbol (none is written with one)
        sym = sym[:-1]
        if sym in _GLUED_ONLY:
            return ("duration" if _UNIT_SYMBOLS[sym] in _DURATION_UNITS else "quantity"), _UNIT_SYMBOLS[sym], k0 - i + 1
    if sym in ("'", '"', "″", "′") and not num.digits:
        return None  # "a 'phase one' deal": a quotation mark after a word, not feet or inches
    if sym in ('"', "″") and _open_quote(doc, k0):
        return None  # a closing quotation mark, not inches
    if sym in _GLUED_ONLY and not glued and k0 == i and (num.currency or num.scaled or not num.digits):
        return None  # "$300 million in \"synergies\"", "one in-person meeting": no length
    if sym in _UNIT_SYMBOLS and (sym not in _GLUED_ONLY or glued or k0 > i or _symbol_unit_ok(doc, k0)):
        u = _UNIT_SYMBOLS[sym]
        if (
            sym == "°"
            and k0 + 1 < n
            and doc[k0 + 1].lower_ in _TEMPERATURE_SCALES
            and (not doc[k0].whitespace_ or len(doc[k0 + 1]) > 1)  # "100° Celsius", "30°C"
        ):
            return "quantity", _TEMPERATURE_SCALES[doc[k0 + 1].lower_], k0 - i + 2
        # "km / h", "m / s"
        if k0 + 2 < n and doc[k0 + 1].text == "/" and f"{sym}/{doc[k0 + 2].text}" in _UNIT_SYMBOLS:
            return "quantity", _UNIT_SYMBOLS[f"{sym}/{doc[k0 + 2].text}"], k0 - i + 3
        return "quantity", u, k0 - i + 1
    if sym.rstrip(".") == "PSI" and (sym == "PSI" or closes) and not _an_index_reading(doc, k0):
        return "quantity", _UNIT_SYMBOLS["psi"], k0 - i + 1  # "Keep the tires at 35 PSI": a tyre's pressure
    if sym.rstrip(".") == "PSI":
        return None  # "hit 120 PSI on Tuesday" of the Pollutant Standards Index: no pressure
    shout = sym[:-1] if sym.endswith(".") and closes else sym  # "He lifted 50 KG.": the sentence's full stop
    plural_after = k0 + 1 < n and doc[k0 + 1].tag_ in ("NNS", "NNPS")  # "500 HP laptops", "13 CL titles": counted
    ends = k0 + 1 >= n or doc[k0 + 1].pos_ in ("PUNCT", "ADP", "CCONJ", "VERB", "AUX")  # "200 MG of", "70 MPH knocked"
    named = t.ent_type_ in _NAMED_TYPES and not ends  # the tagger calls shouted units ORG: "Winds of 70 MPH knocked"
    if _shouted_symbol(shout) and not named and not plural_after:
        u = _UNIT_SYMBOLS[shout.lower()]
        return ("duration" if u in _DURATION_UNITS else "quantity"), u, k0 - i + 1  # "300 FT", "60 FPS", "5 KG"
    if sym.lower() in ("dozen", "dozens", "dzs", "doz", "dozs"):
        num.value *= 12
        return "count", None, k0 - i + 1
    return None


def _penny_sterling(doc: Doc, penny: Token) -> bool:
    """Whether a bare "penny" of the document is sterling's: a sterling story, a British cue in the penny's own
    sentence ("WASHINGTON (AP) — Britain raised its fuel duty by a penny a litre": review s20 r3b MED), a British
    dateline ("MANCHESTER (Reuters) -", "EDINBURGH (Reuters) -"), or with no dateline a British cue anywhere (see
    money._british_cue) or a people of the UK's nations named ("The Welsh government said fares would rise a
    penny"; review s20 r2b MED); else it is a cent."""
    if _sterling_story(doc):
        return True
    line = datelines.first(doc.text)
    after = line.end if line is not None else 0  # the dateline's own town is no cue ("LONDON, Ontario (CP) —")
    sent = penny.sent
    if _names_britain(sent, after) or any(t.text in _UK_PEOPLES and t.idx >= after for t in sent):
        return True
    home = _dateline_country(doc)
    if home is not None:
        # a dateline decides before a word ("CHICAGO (AP) — The English teacher found a penny", "LONDON, Ontario (CP)")
        return home == "GB"
    return _british_cue(doc) or any(t.text in _UK_PEOPLES for t in doc) or "Northern Irish" in doc.text


# The adjectives of the UK's nations' peoples, as written ("Welsh", "Scottish"; the tagger often misses them as
# peoples). Not "English" (a language, a breed, a league) nor "Scots" (a pine, a language): review s20 r3b MED.
_UK_PEOPLES = frozenset(("Welsh", "Scottish"))


# Entity types whose capitals are a name, not a unit ("3 IN", "2 MG", "the FT").
_NAMED_TYPES = frozenset(("GPE", "LOC", "NORP", "ORG", "PRODUCT", "PERSON"))
# Symbols that in capitals are more often something else: sports positions (LB, DL, DB), the Champions League (CL),
# a company or a file size.
_NOT_SHOUTED = frozenset(("lb", "lbs", "dl", "cl", "dm", "rad", "mb"))


def _shouted_symbol(sym: str) -> bool:
    """A unit symbol of two letters or more written in capitals ("300 FT", "60 FPS", "5 KG", "35 MPH"): the unit,
    unless the capitals are a US state's code too ("3 IN", "4 MI", "2 NM") or the symbol must be glued to its
    number to be one (a country's code is left to the tagger: "5 KG" is kilograms, not Kyrgyzstan)."""
    low = sym.lower()
    if not (sym.isupper() and sym.isalpha() and len(sym) >= 2) or low not in _UNIT_SYMBOLS or low in _GLUED_ONLY:
        return False
    if low in _NOT_SHOUTED:
        return False
    return pycountry.subdivisions.get(code=f"US-{sym}") is None


# Words of an index reading (Singapore's haze index is the PSI, the Pollutant Standards Index).
_INDEX_WORDS = ("index", "haze", "pollut", "smog", "air quality", "reading")


def _an_index_reading(doc: Doc, k: int) -> bool:
    """Whether the sentence of token k reads an index ("The Pollutant Standards Index hit 120 PSI", "haze"), where
    upper-case PSI names the index, not pounds per square inch."""
    text = doc[k].sent.text.lower()
    if any(w in text for w in ("tire", "tyre", "pressure", "inflat")):
        return False  # "The tire pressure reading was 35 PSI" (review s17 LOW-2)
    return any(w in text for w in _INDEX_WORDS)


def _open_quote(doc: Doc, k: int) -> bool:
    """An odd number of quotation marks before token k, not counting inch marks glued to a number ('22" long')."""
    marks = 0
    for t in doc[:k]:
        if t.text == '"' and not (t.i > 0 and doc[t.i - 1].like_num and not doc[t.i - 1].whitespace_):
            marks += 1
    return marks % 2 == 1


def _hyphen_point(doc: Doc, k: int) -> bool:
    """Whether tokens k, k+1 are a hyphen glued on both sides and "point(s)" ("percentage-point", "basis-point")."""
    return (
        k + 1 < len(doc)
        and doc[k].text in ("-", "–")
        and not doc[k - 1].whitespace_
        and not doc[k].whitespace_
        and doc[k + 1].lower_ in ("point", "points")
    )


def _unitish(doc: Doc, k: int) -> bool:
    """Whether token k could be the unit of the number before it (percent, currency, measurement, duration)."""
    if k >= len(doc):
        return False
    low = doc[k].lower_
    return (
        low in _PERCENT_WORDS
        or low in ("per", "million", "billion", "bn", "m", "k")
        or (doc[k].text in _UNIT_SYMBOLS and (doc[k].text not in _GLUED_ONLY or not doc[k - 1].whitespace_))
        or doc[k].text in _SYMBOLS
        or _unit_name(low) is not None
        or low in _DURATION_UNITS
        or _singular(low) in _DURATION_UNITS
        or _currency_after(doc, k) is not None
    )


def _dollar_cents(doc: Doc, k: int) -> tuple[str, int] | None:
    """The dollar whose cents the words at token k name ("U.S. cents", "Canadian cents", "Hong Kong cents"): its
    code and how many tokens the name and "cents" take. A name of a dollar without "dollar" is the name of its
    cents only right before "cent(s)"."""
    names = _currency_names()
    for w in (1, 2):
        end = k + w
        if end >= len(doc) or doc[end].lower_ not in ("cent", "cents"):
            continue
        name = " ".join(doc[x].lower_ for x in range(k, end))
        code = names.get(f"{name} dollar")
        cur = pycountry.currencies.get(alpha_3=code) if code is not None else None
        # the names of real dollars ("Hong Kong", "Canadian"), not the table's "british dollar"
        real = name in ("us", "u.s.", "american") or (cur is not None and cur.name.endswith("Dollar"))
        if code is not None and real:
            return code, w + 1
    return None
