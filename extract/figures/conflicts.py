"""Conflicts: figures about the same thing whose values contradict each other.

Figures are grouped by what they count (kind, unit and a normalised 'about'); within a group, statements
that differ only by document share a signature (value, qualifier, display), so whether two statements clash
is decided once per pair of signatures, not once per pair of statements (a story repeats the same few
values across hundreds of files).
"""

from __future__ import annotations

import math
import re
from bisect import bisect_right
from collections.abc import Callable, Mapping, Sequence
from functools import lru_cache
from typing import NamedTuple

from extract import datelines
from extract.figures.about import _CUSTODY
from extract.figures.core import _singular, _to_float
from extract.figures.money import _currency_codes
from extract.keys import compared_unit
from extract.quotes.lexicon import SPEECH
from extract.records import Conflict, Figure, FigureValue

_WORD = re.compile(r"[a-z0-9]+")
_KEY_STOP = frozenset(("the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "his", "her"))
_RANGE_DISPLAY = re.compile(r"(-?[\d,.]+)–(-?[\d,.]+)")

# The about of an acceleration's time (rates._acceleration_time): "0-60 mph".
_SPRINT = re.compile(r"0-[\d.]+ \S+")

_Signature = tuple[float | None, str | None, str]

Related = Callable[[str, str], bool]
"""Whether two documents (by path) are about the same story: only then may their figures contradict each other."""


# Counting nouns that news copy uses interchangeably for one thing ("13,000 troops" = "13,000 soldiers").
_SAME_COUNT = {
    "troop": "soldier",
    "serviceman": "soldier",
    "servicemember": "soldier",
    "person": "people",
    "individual": "people",
    "fatality": "death",
    "kid": "child",
    "airplane": "plane",
    "aeroplane": "plane",
    "combatant": "soldier",
}


@lru_cache(maxsize=16384)
def _about_key(about: str) -> str:
    """Normalised 'what is counted': lower-case content words, plurals singular, synonyms merged, in order; a compound
    written in two words that English also writes as one is one word ("dock workers" and "dockworkers")."""
    words = [_singular(w) for w in _WORD.findall(about.lower()) if w not in _KEY_STOP]
    return " ".join(_SAME_COUNT.get(w, w) for w in _closed_compounds(words))


_NOT_A_ROLE = frozenset(("of", "to", "for", "in", "at", "by", "from", "with", "on", "and", "or", "per"))
_INITIAL = re.compile(r"[A-Z]\.(?:[A-Z]\.)*")


@lru_cache(maxsize=4096)
def _person_in(about: str) -> str | None:
    """The person an about ends in after words of a role ("Retired teacher Margaret Collins", "Barclays chief executive
    C. S. Venkatakrishnan": the name from its given name or initials on), so that one person's age or pay written with
    and without the role is one key (figures probe s29 F8); None when the about is no such name (a given name or an
    initial opens a run of two or more capitalised words at its end, after other words)."""
    from extract.actors.names import common_given_name

    words = about.split()
    end = len(words)
    if any(w.lower() in _NOT_A_ROLE or w.endswith(("'s", "’s")) for w in words):
        return None  # "fans of Jordan Henderson", "visitors to Paris Las Vegas": the name is not the about's own
    start = end
    while start > 0 and (words[start - 1][:1].isupper()):
        start -= 1
    for k in range(start, end - 1):
        w = words[k]
        if _INITIAL.fullmatch(w) or (w.isalpha() and common_given_name(w.lower())):
            return " ".join(words[k:]) if k > 0 else None
    return None


def _closed_compounds(words: list[str]) -> list[str]:
    """Two neighbouring words joined when the joined word is common in English ("dock worker" -> dockworker, "fire
    fighter" -> firefighter; "police officer" stays two)."""
    if len(words) < 2:
        return words
    from wordfreq import zipf_frequency  # loaded already by _singular

    out: list[str] = []
    for w in words:
        if out and out[-1].isalpha() and w.isalpha() and zipf_frequency(out[-1] + w, "en") >= 1.0:
            out[-1] += w
        else:
            out.append(w)
    return out


def _compatible(a: Figure, b: Figure) -> bool:
    """Two values that do not contradict each other given their qualifiers."""
    va, vb = a.value, b.value
    if va is None or vb is None or va == vb:
        return True
    for x, y in ((a, b), (b, a)):
        vx, vy = x.value or 0.0, y.value or 0.0
        if x.qualifier in ("up to", "at most", "less than") and vy <= vx:
            return True
        if x.qualifier in ("at least", "more than") and vy >= vx:
            return True
        if x.qualifier == "approximately" and abs(vx - vy) <= 0.1 * max(abs(vx), abs(vy)):
            if vy > vx and _short_of(x):
                continue  # "Almost 2,000 homes" is under 2,000: 2,100 contradicts it (figures probe s29 m1)
            return True
    both_approximate = a.qualifier == "approximately" and b.qualifier == "approximately"
    return (both_approximate and abs(va - vb) <= 0.2 * max(abs(va), abs(vb))) or _rounded_alike(a, b)


# Words that put a value just under the number written: "almost 2,000", "nearly 2,000", "just under 2,000".
_SHORT_OF = re.compile(r"\b(?:almost|nearly|just\s+(?:under|below|shy\s+of)|not\s+quite)\s*$", re.IGNORECASE)
_NUMBER_START = re.compile(r"[\d$€£¥₹]|[A-Z]{3}\s*\d")


def _short_of(f: Figure) -> bool:
    """Whether an approximate value is one its words put just under the number ("Almost 2,000 homes", "nearly $2
    billion"), which a larger value contradicts however near (its qualifier reads 'approximately')."""
    text = f.text or ""
    m = _NUMBER_START.search(text)
    head = text[: m.start()] if m else ""
    if head.strip():
        return _SHORT_OF.search(head) is not None
    at = _at(f.sentence, text) if f.sentence else -1
    return at > 0 and _SHORT_OF.search(f.sentence, 0, at) is not None


_DISPLAYED = re.compile(r"\d[\d,]*(?:\.(\d+))?")


def _rounded_alike(a: Figure, b: Figure) -> bool:
    """Whether one value is the other rounded to the digits it is written with ("USD 235" and "USD 234.98", "USD 1.2
    bn" and "USD 1.23 bn"): the same value, stated less precisely. Only when the rounder value still gives two
    significant digits: a round "USD 2 bn", "5%" or "3 million" is no rounding of "USD 2.4 bn", "5.4%" or "3.4
    million" that a reader would take as the same (review s21 r1b HIGH-10)."""
    steps = []
    for f in (a, b):
        m = _DISPLAYED.search(f.display or "")
        shown = _to_float(m.group(0).replace(",", "")) if m else 0.0
        if m is None or not shown or f.value is None:
            return False
        steps.append((abs(f.value / shown) * 10.0 ** -len(m.group(1) or ""), m.group(0)))
    # A value written with a scale word against one written out in full ("3.2 million" / "3,247,000"): the scaled one
    # is as precise as its digits (figures probe s29 F7). Two scaled values keep the display's rule ("11 million" /
    # "10.8 million gallons" clash, test_figures_conflict_portions).
    written_steps = [w for f in (a, b) if (w := _written_step(f)) is not None]
    if len(written_steps) == 1:
        steps.extend(written_steps)
    step, written = max(steps)
    digits = written.replace(",", "").replace(".", "").lstrip("0")
    if "." not in written:
        digits = digits.rstrip("0")  # "100", "3,000": trailing zeros of a whole number say no precision
    if len(digits) < 2:
        return False
    return abs((a.value or 0.0) - (b.value or 0.0)) <= step / 2 * (1 + 1e-9)


def _written_step(f: Figure) -> tuple[float, str] | None:
    """The precision of a figure as its text writes it with a scale word, when the display spells it out in full:
    "3.2 million" (display "3,200,000") is written to the hundred thousand (figures probe s29 F7: "3.2 million" and
    "3,247,000" are one count); None when the text's number and the value are not a power of ten apart."""
    m = _DISPLAYED.search(f.text or "")
    shown = _to_float(m.group(0).replace(",", "")) if m else 0.0
    if m is None or not shown or not f.value:
        return None
    scale = abs(f.value / shown)
    power = round(math.log10(scale)) if scale > 0 else 0
    if power < 3 or abs(scale - 10.0**power) > 1e-6 * scale:
        return None  # no scale word ("3,247,000", "45"), or a value the text does not give as such
    return scale * 10.0 ** -len(m.group(1) or ""), m.group(0)


ConflictKey = tuple[str, str, str | None]
"""What a group of comparable figures counts: normalised 'about', kind, and unit (None for counts but rates)."""


# Words right after a figure in points that make it a total over more than one game ("40,474 career points", "1,800
# points this season", "points in his career"), which two documents may contradict.
_TOTAL_AFTER = re.compile(
    r"\s+(?:career|lifetime|all-time|(?:\w+\s+)?(?:this|last)\s+season|(?:per|each|every)\s+season|on\s+the\s+season"
    r"|in\s+(?:his|her|their|its)\s+career)"
    r"(?!['’]s|\s+(?:opener|finale|debut|premiere|game|high|low|best))\b",  # "in the season opener": one game (r3b M3)
    re.IGNORECASE,
)


def _a_total(f: Figure) -> bool:
    """Whether a figure in points is a career's or a season's total: the words right after it say so ("40,474 career
    points", "1,800 points this season"); a game's "season-high 40 points" is one game's (review s21 r3b H1)."""
    parts = _after_text(f)
    words = (f.about or "").lower().split()
    return any(w in ("career", "season", "lifetime") for w in words) or (
        parts is not None and _TOTAL_AFTER.match(parts[1]) is not None
    )


def conflict_key(f: Figure) -> ConflictKey | None:
    """The group of figures ``f`` may contradict, or None when it contradicts nothing (dates, plain numbers,
    changes, vague plurals such as "thousands", figures counting nothing known)."""
    if f.value is None or not f.about or f.kind in ("date", "number") or f.direction:
        return None
    if f.vague:
        return None  # "thousands of soldiers" is only a floor: no count contradicts it
    if f.kind in ("quantity", "duration") and _names_a_kind(f):
        return None  # "the 13-inch MacBook Pro" and "the 16-inch MacBook Pro" are two models, not two claims
    if _former_price(f):
        return None  # "for $169.99 (Originally $200)": the price before the deal, which the deal's does not contradict
    if _taken_off(f):
        return None  # "$10 Off Nintendo Switch Lite" is a discount, not a price that "$200" contradicts
    if _SPRINT.fullmatch(f.about):
        return None  # "0-60 mph in 5.8 seconds" times a car the about does not name: a story's trims differ
    if _worth_of(f):
        return None  # "$125 billion worth of Chinese goods": one tranche of trade among others
    key = _about_key(_person_in(f.about) or f.about)
    if not key:
        return None
    if f.kind == "duration" and (key.split()[-1] in _CUSTODY - {"bars"} or key.split()[-1] == "term"):
        # "25 years in prison" says not whose term: two defendants' terms are not two claims ("behind bars" is a
        # 'prison term'; a key 'bars' is drinking places: "Bars will close for 3 weeks")
        return None
    words = f.about.split()
    if words[-1].lower() == "trade" and not any(w[:1].isupper() for w in words[:-1]):
        return None  # "$650 billion in bilateral trade": trade says nothing without its parties ("China-U.S. trade")
    key += _narrowed(f, key) + _portion(f) + _rate_of(f) + _share_of(f)
    if f.unit == "point" and f.kind == "quantity" and not _a_total(f):
        # a score in points belongs to one game or one race ("LeBron James finished with 25 points", "Trump won the
        # state by 30 points"): two documents' scores of one player are two games, not two claims; one document's
        # two scores of the same thing still clash. A total over a career or a season is one number, which two
        # documents may contradict ("40,474 career points", review s21 r2b MED-9)
        key += f" #{f.document}"
    # A count's counted noun is in the key through 'about' ("troops" = "soldiers"), so its unit (the noun) is
    # left out; a rate keeps its unit ("300 meals per day"), which no total of the same noun ("2,000 meals")
    # contradicts. The same rule pairs a figure across two versions of a file (keys.figure_key).
    return (key, f.kind, compared_unit(f))


# A measure written as a compound modifier right before its noun: "13-inch", "43-year-old", "61W", "32GB".
_MODIFIER = re.compile(r"[\d.,]+(?:[a-zA-Z]+|-\w+(?:[- ]\w+)*)")
# Words between a group and what a share of it does that say nothing about it ("70% of Americans say they want").
_NOT_PREDICATE = frozenset(
    "say says said saying told tell think thinks believe believes reported report they that it the a an who which "  # noqa: SIM905
    "are is were was have has had do does did be been would will could should may might can not now also still "
    "currently".split()
)
# A one-word group narrowed by a name after it: "20 million residents of Delhi", "25 million people in Europe".
_NAME_AFTER = re.compile(r"\s+(?:of|in|from|across)\s+(?:the\s+)?([A-Z][\w.-]+)((?:\s+[A-Z][\w.-]+){0,2})")


_OFF = re.compile(r"\s+off\b", re.IGNORECASE)
# What follows a count of a part of a group: "60 of the jets", "ten of its 18 staffers", "two of Boeing's planes".
_OF_A_GROUP = re.compile(r"\s+of\s+(?:the|these|those|its|their|his|her|our|my|your|\w+['’]s)\b", re.IGNORECASE)
_OF = re.compile(r"\s+of\s+")
# A part whose whole is a pronoun (about/restated._partitive_about): "of which some 300", "Of these, 12", "half of
# whom".
# The pronoun stands alone: "Of these, 12" ("Of these 40 homes, 12": the 40 restate the whole, no part), and after the
# figure no amount follows it ("$5 billion of which $2 billion": the 5 billion is the whole).
_PARTITIVE_BEFORE = re.compile(r"\bof\s+(?:(?:which|whom)\s*|(?:these|those)\s*,\s*)$", re.IGNORECASE)
_PARTITIVE_AFTER = re.compile(r"\s+of\s+(?:which|whom|them)\b(?!\s*[$€£¥₹]|\s*\w*\d)", re.IGNORECASE)
_WORD_AFTER = re.compile(r"\s*(\w+)")


def _partitive_after(rest: str) -> bool:
    """Whether "of which/whom/them" follows the figure with no amount after the pronoun ("300 of them are", "300 of
    them BBC roles"; not "$5 billion of which $2 billion", "of which EUR 2 billion": an ISO 4217 code, pycountry)."""
    m = _PARTITIVE_AFTER.match(rest)
    if m is None:
        return False
    word = _WORD_AFTER.match(rest[m.end() :])
    return word is None or word.group(1) not in _currency_codes()


# A part a sentence gives after its whole ("15,000 teachers would be hired, with 4,000 in the south", "killed 120
# people, including 40 in Valencia", "among them 12"): the word that opens the part right before it, a qualifier
# between. "compared with", "along with", "together with" add a rival or a sum, not a part.
_PART_OPENER = re.compile(
    r"(?:(?<!compared\s)(?<!along\s)(?<!together\s)(?<!coupled\s)(?<!combined\s)\bwith|\bincluding|\bamong\s+(?:them"
    r"|whom|which))\s+(?:(?:some|about|around|nearly|almost|roughly|approximately|over|more\s+than|at\s+least)\s+)?$",
    re.IGNORECASE,
)
_AMOUNT = r"\d[\d,.]*(?:\s+(?:hundred|thousand|million|billion|lakh|crore))?"


def _part_of_a_stated_whole(f: Figure, before: str) -> bool:
    """Whether a count opens a part of a whole of the same thing that its sentence gave before it ("15,000 teachers
    would be hired, with 4,000 in the south": the 4,000 are some of the teachers, figures probe s29 F6), so that it is
    keyed as a part and the other document's whole does not contradict it."""
    if f.kind != "count" or not f.about or _PART_OPENER.search(before) is None:
        return False
    whole = re.search(rf"(?<![\w.,]){_AMOUNT}\s+(?:[a-z-]+\s+)?{re.escape(f.about)}\b", before, re.IGNORECASE)
    return whole is not None


_WORTH_OF = re.compile(r"\s+worth\s+of\s+", re.IGNORECASE)


@lru_cache(maxsize=16384)
def _at(sentence: str, text: str) -> int:
    """Where a figure's text is in its sentence, not inside a longer number ("5,000" in "15,000 teachers ..., with
    5,000 in the south" is the second), -1 when it is not there."""
    at = sentence.find(text)
    if at <= 0 or not text[:1].isdigit():
        return at
    m = re.search(rf"(?<![\d.,]){re.escape(text)}", sentence)
    return m.start() if m else at


def _after_text(f: Figure) -> tuple[str, str] | None:
    """The sentence before and after the figure's text, or None when the text is not found in it."""
    at = _at(f.sentence, f.text) if f.sentence and f.about else -1
    return None if at < 0 else (f.sentence[:at], f.sentence[at + len(f.text) :])


def _worth_of(f: Figure) -> bool:
    """ "$125 billion worth of Chinese goods", "tariffs on $360 billion worth of Chinese goods": a money value of some
    trade, one tranche among others that no other tranche contradicts."""
    parts = _after_text(f) if f.kind == "money" else None
    return parts is not None and _WORTH_OF.match(parts[1]) is not None


def _portion(f: Figure) -> str:
    """A key suffix for a portion, '' for anything else. A part of a group ("some 60 of the 737 Max jets", "300 of the
    town's residents", "of which some 300") is keyed apart from the group's whole ("400 737 Max jets"), and clashes with
    another report of the part. An amount of some stuff ("20 inches of rain", "5 hours of battery life") is keyed by who
    or what gives it (see _holder_key: "The storm dumped 20 inches of rain" / "The storm brought 30 inches", a clash):
    the same stuff that different things give ("The earbuds give 5 hours of battery life", "The speaker gives 24 hours",
    review s19 r1 MED-23) is several portions."""
    parts = _after_text(f)
    if parts is None:
        return ""
    rest = parts[1]
    if _PARTITIVE_BEFORE.search(parts[0]) or _partitive_after(rest) or _part_of_a_stated_whole(f, parts[0]):
        return " part"  # "1,200 homes were damaged, of which some 300 were destroyed": the 300 are some of them
    if f.kind == "count":
        return " part" if _OF_A_GROUP.match(rest) else ""
    if f.kind not in ("money", "quantity", "duration"):
        return ""
    m = _OF.match(rest)
    if m is None or not rest[m.end() :].startswith(f.about or ""):
        return ""
    return f" ^{_holder_key(f)}"


def _holder_words(f: Figure) -> list[str]:
    """A holder's words, lower case and singular, without a company's legal form (cleanco: "Apple Inc." is apple)."""
    from cleanco import basename

    return [_singular(w) for w in _WORD.findall(basename(f.holder).lower())] if f.holder else []


def _same_holder(x: Figure, y: Figure) -> bool:
    """Whether two holders of one last word are one: the shorter one's words end the longer one's ("exxon valdez"
    ends "tanker exxon valdez", "harvey" ends "hurricane harvey"); "russian government" and "chinese government",
    "galaxy s24 ultra" and "galaxy s23 ultra" are two (review s19 r3 HIGH-4)."""
    wx, wy = _holder_words(x), _holder_words(y)
    short, long = sorted((wx, wy), key=len)
    return long[len(long) - len(short) :] == short


def _holder_key(f: Figure) -> str:
    """Who or what gives or holds an amount, as the parse found it (Figure.holder: "The earbuds easily give 5 hours":
    earbuds; "The storm, which stalled over Houston, dumped 20 inches": storm), by its last word, singular, so that a
    name and its shorter form are one holder ("The tanker Exxon Valdez" and "The Exxon Valdez": valdez; "Hurricane
    Harvey" and "Harvey", review s19 r2 MED-15); '' for no one ("they still feature up to 5 hours of battery
    life", a line that opens with the amount)."""
    words = _holder_words(f)
    return words[-1] if words else ""


def _taken_off(f: Figure) -> bool:
    """A discount or a distance from a level, "N off X" ("$10 Off Nintendo Switch Lite", "25% off the Apple Watch",
    "2% off the day's highs"): how much less than X, which no price or level of X contradicts."""
    if f.kind not in ("money", "percent"):
        return False  # "20 miles off the coast of Libya" is where, "14 days off work" how long (review s17 MED-2)
    at = _at(f.sentence, f.text) if f.sentence else -1
    return at >= 0 and _OFF.match(f.sentence, at + len(f.text)) is not None


_FORMER = re.compile(
    r"(?:\b(?:originally|regularly|reg\.?|list price|retail price|normally|usually)|\(\s*was)\s*:?\s*$", re.I
)


def _former_price(f: Figure) -> bool:
    """A price the thing had before a deal: "(Originally $200)", "regularly $400", "(was $348)" in brackets ("was
    $159" outside them is as often a price stated in the past tense: "The deal was $5 billion")."""
    at = _at(f.sentence, f.text) if f.sentence else -1
    return f.kind == "money" and at > 0 and _FORMER.search(f.sentence, 0, at) is not None


def _names_a_kind(f: Figure) -> bool:
    """A hyphenated or glued measure right before what it measures names a kind of thing ("a 13-inch MacBook Pro",
    "a 43-year-old man", "a two-day trial"): different values name different things rather than contradict."""
    if not f.about or not _MODIFIER.fullmatch(f.text.split(" ")[-1].strip()) and "-" not in f.text:
        return False
    return f"{f.text} {f.about}".lower() in f.sentence.lower()


# What names which of a kind a rate is of: a preposition and its object, maybe after a participle ("a 25% tariff on
# steel", "the 25% tariffs imposed on an earlier list", "a 49% stake in OpenAI").
_MODIFIER_OF = re.compile(
    r"\s+(?:([a-z]+ed)\s+)?(on|in|for|of|against|at|from)\s+([^,;:.()\u2014\u2013]*)", re.IGNORECASE
)
_OBJECT_STOP = _KEY_STOP | {"about", "some", "nearly", "around", "roughly", "another", "an", "and", "or", "but",
                            "were", "was", "is", "are", "will", "would", "that", "which", "who"}  # fmt: skip


# Who holds a share of a whole: the name that is the subject of the verb right before it ("The Social Democrats won
# 31.2% of the vote", "the far-right AfD won 20.8% of the vote", "Apple holds 20% of the market").
_SHARE_HOLDER = re.compile(r"(?:^|\s)([A-Z][\w&.-]*(?:\s+[A-Z][\w&.-]*)*)\s+(?:[a-z]+ly\s+)?[a-z]+\s+$")


def _share_of(f: Figure) -> str:
    """A key suffix naming who holds a share of a whole, '' for anything else: a percent of a definite whole ("31.2% of
    the vote") after a name and its verb. Two parties' shares of one vote are two shares, and one party's in two
    documents one, which may clash whoever else the documents name (review s28 figures probe F22). A share of a group
    ("44% of Americans") is measured by a poll, whose pollster holds nothing."""
    clause = _clause(f) if f.kind == "percent" else None
    if clause is None or not clause[1].startswith(" of the "):
        return ""
    m = _SHARE_HOLDER.search(clause[0])
    if m is None:
        return ""
    from cleanco import basename

    words = [_singular(w) for w in _WORD.findall(basename(m.group(1)).lower()) if w not in _KEY_STOP]
    return f" &{'-'.join(words)}" if words else ""


def _rate_of(f: Figure) -> str:
    """A key suffix naming which of a kind a percent is the rate of, from the modifier after its noun: "a 15% tariff
    on steel" and "Tariffs on steel were raised to 25%" are one rate (' /on steel'), "the 25% tariffs imposed on an
    earlier list" another (' /imposed on earlier'), "a 49% stake in OpenAI" and "a 40% stake in OpenAI" one. A rate
    with no such modifier ("a 42% approval rating", "a 5% raise") keeps the plain key; so does a share of a group
    ("44% of Americans")."""
    parts = _after_text(f) if f.kind == "percent" else None
    if parts is None or not f.about:
        return ""
    before, rest = parts
    holder = ""
    if rest.startswith(f" {f.about}"):
        after = rest[len(f.about) + 1 :]  # "a 15% tariff on steel": the rate before its noun
        holder = _holder_key(f)  # "Amazon holds a 10% stake in Rivian", "Ford holds a 12% stake": two stakes
    else:
        at = before.rfind(f.about)  # "Tariffs on steel were raised to 25%": the noun before the rate
        if at < 0 or rest.startswith(" of "):
            return ""
        after = before[at + len(f.about) :]
    suffix = f" ^{holder}" if holder else ""
    m = _MODIFIER_OF.match(after)
    if m is None:
        return suffix
    # The object's first word is enough to tell which ("on steel", "on Chinese goods", "in OpenAI"); more would run
    # into the clause's verb ("Tariffs on steel were set at 20%", "A 25% tariff on steel took effect").
    words = [w for w in _WORD.findall(m.group(3).lower()) if w.isalpha() and w not in _OBJECT_STOP][:1]
    if not words:
        return suffix
    verb = m.group(1).lower() if m.group(1) else ""
    return " /" + " ".join(filter(None, (verb, m.group(2).lower(), *map(_singular, words)))) + suffix


# What a count's noun is of, in lower case: "1,200 cases of cholera", "40,000 head of cattle", up to a word that starts
# what is said of them ("cases of cholera had been reported"); "cases of the disease" names none.
_OF_WHAT = re.compile(r"\s+of\s+([a-z][a-z-]*(?:\s+[a-z][a-z-]*)?)")
_OF_WORDS = "whom whose them us all each in at on for to from with by as over under after since during"
_OF_STOP = _OBJECT_STOP | _NOT_PREDICATE | frozenset(_OF_WORDS.split())


def _of_what(f: Figure) -> tuple[str, ...]:
    """What a count's noun is of, written in lower case ("1,200 cases of cholera": cholera), or (): cases of cholera
    and cases of mpox are two counts (review s28 probe F36), "cases of the disease" may be either (rev1 R1C-3). A
    part of a group ("300 of the town's residents") and a named whole ("residents of Delhi", _narrowed) are keyed."""
    if f.kind != "count" or not f.about:
        return ()
    parts = _after_text(f)
    if parts is None or not parts[1].startswith(f" {f.about}"):
        return ()
    m = _OF_WHAT.match(parts[1], len(f.about) + 1)
    if m is None:
        return ()
    words = []
    for w in m.group(1).split():
        if w in _OF_STOP:
            break
        words.append(_singular(w))
    return tuple(words)


def _narrowed(f: Figure, key: str) -> str:
    """What narrows a one-word 'about' beyond its noun, as a key suffix ('' when nothing does).

    A share of a group measures what the share does ("44% of Americans want ..." vs "70% of Americans say the
    offense was wrong"), so its first predicate word joins the key; a count of a group narrowed by a name
    ("residents of Delhi") is about that name's group only.
    """
    if not f.about or not f.sentence:
        return ""
    if " " in key and (f.kind == "percent" or _names_owner(f)):
        # "seasonal workers in the UK" is a part of the seasonal workers; "North Korean soldiers in Russia" are the
        # North Korean soldiers, said where they are (review s28 probe F21)
        return ""
    at = _at(f.sentence, f.text)
    if at < 0:
        return ""
    rest = f.sentence[at + len(f.text) :]
    if f.kind == "percent":
        lead = f" of {f.about}"
        if not rest.startswith(lead):
            return ""
        for w in _WORD.findall(rest[len(lead) :].lower()):
            if w not in _NOT_PREDICATE:
                return f" ~{_singular(w)}"
        return ""
    lead = f" {f.about}"
    if not rest.startswith(lead):
        return ""
    m = _NAME_AFTER.match(rest, len(lead))
    return f" @{_place_key(m.group(1), m.group(2))}" if m else ""


def _place_key(first: str, more: str) -> str:
    """A name after a count, as its country's code when it names a country however written ("the United States",
    "the U.S.", "the US": us; "Britain", "the UK": gb, review s28 rev1 R1C-1), the whole name when the gazetteer knows
    it as a place ("New York"), else its first word, lower case ("Delhi", "Amazon")."""
    from extract.actors.names import country_code, is_region, is_town

    for name in (f"{first}{more}".rstrip(".,"), first.rstrip(".,")):
        code = country_code(name) or _country_named(name) or _country_by_initials(name.replace(".", ""))
        if code is not None:
            return code.lower()
        if " " in name and (is_region(name) or is_town(name)):
            return name.lower()
    return first.lower()


@lru_cache(maxsize=1)
def _initials_table() -> dict[str, str | None]:
    """Initials of each country's names (pycountry: "United Kingdom" UK, "United States" US, "United Arab Emirates"
    UAE, "Democratic Republic of the Congo" DRC) -> its code, None for initials two countries share."""
    import pycountry

    table: dict[str, str | None] = {}
    for c in pycountry.countries:
        for attr in ("name", "common_name", "official_name"):
            words = [w for w in re.findall(r"[A-Za-z]+", getattr(c, attr, "") or "") if w[0].isupper()]
            if len(words) >= 2:
                initials = "".join(w[0] for w in words)
                if table.get(initials, c.alpha_2) != c.alpha_2:
                    table[initials] = None
                else:
                    table[initials] = c.alpha_2
    return table


def _country_by_initials(name: str) -> str | None:
    """The country an abbreviation of two to four capitals stands for by its initials ("US", "UK", "UAE")."""
    return _initials_table().get(name) if 2 <= len(name) <= 4 and name.isupper() else None


def find_conflicts(figures: Sequence[Figure], related: Related | None = None) -> list[Conflict]:
    """Figures about the same thing (same kind and unit) whose values contradict each other.

    Vague figures ("thousands of"), changes ("rose 5%") and ranges that contain the other value do not
    conflict; a bound ("up to 13,000") conflicts only with values outside it ("15,000"), since "up to
    13,000" and "12,000" can both be true. ``related``: see conflicts_in_groups.
    """
    groups: dict[ConflictKey, list[Figure]] = {}
    for f in figures:
        key = conflict_key(f)
        if key is not None:
            groups.setdefault(key, []).append(f)
    return conflicts_in_groups(groups, related)


def conflicts_in_groups(groups: Mapping[ConflictKey, list[Figure]], related: Related | None = None) -> list[Conflict]:
    """The conflicts of figures already grouped by ``conflict_key`` (groups and figures in story order), as
    ``find_conflicts`` gives them; a caller that keeps each figure's key spares the per-figure work.

    ``related``: whether two documents are about the same story (None: any two are). Figures of two documents that
    are not contradict each other only when what they count names whose things they are ("12,000 North Korean
    soldiers"): "12,000 employees" of one company and "12,500 employees" of another are two counts, not one disputed.
    The caller answers for its own caching then (this module's cache keys on the figures alone)."""
    global _LAST
    out: list[Conflict] = []
    last, done = _LAST, {}
    for group, fs in with_bare_heads(groups).items():
        known = last.get(group) if related is None else None
        # The same figures as the last call (a list compare, in C: identical objects match at once): the same answer.
        found = known[1] if known is not None and known[0] == fs else _group_conflict(group, fs, related)
        done[group] = (fs, found)
        out.extend(found)
    if related is None:
        _LAST = done
    return out


def head_of(key: ConflictKey) -> ConflictKey:
    """The family a conflict key's group can join in ``with_bare_heads``: its last word, kind and unit (a one-word
    group "soldier" and "north korean soldier" are one family)."""
    return (key[0].rsplit(" ", 1)[-1], key[1], key[2])


def with_bare_heads(groups: Mapping[ConflictKey, list[Figure]]) -> Mapping[ConflictKey, list[Figure]]:
    """The groups, with each figure of a one-word group ("these combatants at 13,000") also in the one group of
    the same kind and unit whose 'about' ends in that word ("12,000 North Korean soldiers"), when the story has
    only one such group and the figure's value is near one of that group's (within half again): a story's bare
    noun takes up the thing it named in full. Several groups ("Russian soldiers", "Ukrainian soldiers") leave it
    alone, as does a value far off, which counts a part ("Amazon's 12,000 employees", "500 warehouse employees")."""
    longer: dict[tuple[str, str, str | None], list[ConflictKey]] = {}
    for group, fs in groups.items():
        key, kind, unit = group
        words = key.split()
        if len(words) >= 2 and not words[-1].startswith(("~", "@", "&")):
            longer.setdefault((words[-1], kind, unit), []).append(group if _named_whose(fs[0]) else ("", "", None))
    if not longer:
        return groups
    out = dict(groups)
    for group, fs in groups.items():
        key, kind, unit = group
        targets = longer.get((key, kind, unit), []) if " " not in key else []
        if len(targets) != 1 or not targets[0][0]:
            continue
        full = out[targets[0]]
        values = [abs(f.value) for f in full if f.value]
        owner = targets[0][0].rsplit(" ", 1)[0]
        near = [
            f
            for f in fs
            if f.value
            and (
                (_taken_up(f) and any(g.document == f.document for g in full))  # 'these X': its own story's group
                or _owner_before(f, owner)
            )
            and any(max(v, abs(f.value)) <= 1.5 * min(v, abs(f.value)) for v in values)
        ]
        if near:
            out[targets[0]] = full + near  # the bare group keeps its own figures: a clash within it stands
    for group, fs in groups.items():
        # "1,200 cases of cholera" counts cholera cases: it joins the group that names them so ("1,900 cholera cases",
        # review s28 rev1 R1C-6), and stays in its own ("1,900 cases of the disease")
        key, kind, unit = group
        if " " in key:
            continue
        for f in fs:
            thing = _of_what(f)
            target = (_about_key(" ".join((*thing, f.about or ""))), kind, unit) if thing else None
            if target is not None and target != group and target in groups:
                out[target] = [*out[target], f]
    return out


def _owner_before(f: Figure, owner: str) -> bool:
    """Whether the subject of a bare noun's figure names whose the things are as the longer group's key does ("North
    Korean leader Kim Jong Un has sent 12,000 troops" and "13,000 North Korean troops": engine probe s30 P131): the
    owner's words, capitalised as a name is, open the sentence (after a dateline and an article), and what lies
    between them and the figure is one clause: no comma and no verb of saying, so the owner is the subject that
    sends or has them, not a speaker ("North Korean state media said Russia had sent 12,000 troops") or a contrast
    ("Unlike North Korean leader Kim Jong Un, Putin has sent 12,000 troops": review s30 revB-R8)."""
    parts = _after_text(f)
    if parts is None or not owner:
        return False
    dateline = datelines.opening(parts[0], 0)  # the project's one dateline reader
    before = parts[0][dateline.end :] if dateline is not None else parts[0]
    words = re.findall(r"[\w'’-]+|[,;:]", before)
    want = owner.split()
    while words and words[0].lower() in ("the", "a", "an"):
        words = words[1:]
    if [_about_key(w) for w in words[: len(want)]] != want or not all(w[:1].isupper() for w in words[: len(want)]):
        return False
    rest = words[len(want) :]
    if len(rest) > 8 or any(w in ",;:" or w.lower() in SPEECH or w.lower() in _CLAUSE_WORDS for w in rest):
        return False
    # One subject: the owner's noun phrase, with at most one name right after its head ("North Korean leader Kim
    # Jong Un has sent"); a name further on is another clause's subject or object ("... met Putin as Russia sent",
    # "North Korean officials believe Ukraine has lost": review s30 revB-R19).
    capitals = [i for i, w in enumerate(rest) if w[:1].isupper()]
    return not capitals or (capitals[0] <= 1 and capitals == list(range(capitals[0], capitals[-1] + 1)))


# Words that open another clause or join another subject between an owner and a count (review s30 revB-R19).
_CLAUSE_WORDS = frozenset(
    ("according", "as", "while", "whereas", "after", "before", "because", "since", "when", "if", "though")
    + ("although", "until", "unless", "and", "but", "or", "who", "which", "whom", "whose", "where")
    # a second noun phrase, another clause's subject ("North Korean officials believe the army has lost": revB-R25)
    + ("the", "a", "an", "this", "that", "these", "those", "its", "their", "his", "her", "our")
)


def _taken_up(f: Figure) -> bool:
    """Whether a bare noun's figure points back at a group the story named ("the number of these combatants at
    13,000"): 'these'/'those' before the noun. A plain count ("2 million voters", "40,000 students") is of the whole,
    which includes any part a name picks out ("1.5 million Democratic voters", "30,000 Hispanic students")."""
    if not f.about or not f.sentence:
        return False
    if re.search(rf"{re.escape(f.text)}\s+of\s+(?:these|those)\b", f.sentence, re.IGNORECASE):
        return False  # "9,000 of those soldiers": a part of the group
    return re.search(rf"\b(?:these|those)\s+{re.escape(f.about)}\b", f.sentence, re.IGNORECASE) is not None


def _named_whose(f: Figure) -> bool:
    """Whether the words before the noun of 'about' are all capitalised, naming whose the things are ("North Korean
    soldiers", "Amazon employees") rather than which part of them ("warehouse employees", "international students",
    "cloud revenue"), which a whole's bare count does not contradict."""
    words = (f.about or "").split()
    return len(words) >= 2 and all(w[:1].isupper() for w in words[:-1])


def _names_owner(f: Figure) -> bool:
    """``_named_whose``, with the capital of a word that opens the sentence left out: "Top speed is 99 mph" and
    "Battery life is 20 hours" name nobody (review s18 HIGH-3), "12,000 North Korean soldiers" names whose they are."""
    words = (f.about or "").split()
    if len(words) < 2:
        return False
    owner = words[:-1]
    if f.sentence and f.sentence.lstrip(" \"'\u201c\u2018(").startswith(f.about or ""):
        owner = owner[1:]  # the about opens the sentence: its first capital is the sentence's
    return bool(owner) and all(w[:1].isupper() for w in owner)


_LAST: dict[ConflictKey, tuple[list[Figure], list[Conflict]]] = {}
"""Each group of the last call with its answer: a story rebuilt after an edit has nearly all groups unchanged."""


def _group_conflict(
    group: tuple[str, str, str | None], fs: list[Figure], related: Related | None = None
) -> list[Conflict]:
    """The conflicts of one group: one per story whose documents disagree (see _by_story), none when all agree."""
    key, kind, unit = group
    if len({f.value for f in fs}) < 2:
        return []
    fs = _one_value_a_sentence(fs)
    if len({f.value for f in fs}) < 2:
        return []
    # "North Korean soldiers": what is counted names whose they are, so two documents that share no subject may still
    # report one count of them, however far apart (each side's toll of the dead); but not when their sentences put
    # them in different places: a nation's troops or students are counted in many ("U.S. troops" in Syria, in Iraq).
    owned = related is not None and (" &" in key or any(_names_owner(f) for f in fs))
    # Repeats of one statement compare alike, so only distinct variants are kept (the last of each).
    variants = list({(f.value, f.qualifier, f.display, f.document): f for f in fs}.values())
    # Portions of some stuff in one document are its own several portions ("a 5-minute charge gives you 1 hour of
    # playback", "5 minutes of charging gives you 3 hours of playback": two products of a deal list); only two
    # documents' reports of one portion clash.
    same_doc_ok = len(key.split()) >= 2 and " ^" not in key
    involved = _involved(
        variants,
        specific_words=len(key.split()) >= 2,
        related=related,
        same_doc_ok=same_doc_ok,
        owned=owned,
        by_holder=" ^" in key,
        apart=Apart.of(variants),
    )
    if not involved:
        return []
    return [
        Conflict(
            about=fs[0].about or "",
            kind=kind,
            unit=unit,
            values=tuple(FigureValue(v, f.display, f.document, f.start) for v, f in sorted(part.items())),
        )
        for part in _by_story(involved, variants, related, owned)
    ]


def _by_story(
    involved: dict[float, Figure], variants: list[Figure], related: Related | None, owned: bool
) -> list[dict[float, Figure]]:
    """The clashing values split by story: values stated in documents that are not about the same story are two
    disputes, one row each ("people": a quake's 1,310 dead against 1,650 and a march's 15,000 against 60,000 were one
    row, review s28 figures probe F1; after the figures engineer's _by_story). In the order of their first
    statements; one row as before when a value would be left alone (its rival's first statement is in another story's
    document)."""
    if related is None or len(involved) < 4:
        return [involved]
    items = sorted(involved.items(), key=lambda item: variants.index(item[1]))
    root = list(range(len(items)))

    def find(k: int) -> int:
        while root[k] != k:
            root[k] = root[root[k]]
            k = root[k]
        return k

    for i, (_, x) in enumerate(items):
        for j in range(i):
            y = items[j][1]
            if x.document == y.document or related(x.document, y.document) or owned and _same_places(x, y):
                root[find(i)] = find(j)
    parts: dict[int, dict[float, Figure]] = {}
    for k, (value, f) in enumerate(items):
        parts.setdefault(find(k), {})[value] = f
    if any(len(part) < 2 for part in parts.values()):
        return [involved]
    return list(parts.values())


def _same_places(x: Figure, y: Figure) -> bool:
    """Whether two counts' sentences do not put them in different places (see _pairable)."""
    px, py = _count_places(x), _count_places(y)
    return not (px and py and px.isdisjoint(py))


_FROM = re.compile(r"\bfrom\s*$", re.IGNORECASE)


def _one_value_a_sentence(fs: list[Figure]) -> list[Figure]:
    """The figures of a group less the former level of a change that the same sentence gives the new level of
    ("Tariffs were increased from 10% to 25%", "to 1 million, up from 900,000": 10% and 900,000 were). A sentence
    that gives two values otherwise keeps both ("Ukraine said 13,000 ..., while the Pentagon said 12,000 ...")."""
    by_sentence: dict[tuple[str, str], list[Figure]] = {}
    for f in fs:
        by_sentence.setdefault((f.document, f.sentence), []).append(f)
    dropped: set[int] = set()
    for (_, sentence), same in by_sentence.items():
        if not sentence or len({f.value for f in same}) < 2:
            continue  # (a figure built without its sentence tells nothing)
        dropped.update(id(f) for f in same if (at := _at(sentence, f.text)) > 0 and _FROM.search(sentence, 0, at))
    return [f for f in fs if id(f) not in dropped] if dropped else fs


def _involved(
    variants: list[Figure],
    specific_words: bool,
    related: Related | None = None,
    same_doc_ok: bool | None = None,
    owned: bool = False,
    by_holder: bool = False,
    apart: Apart | None = None,
) -> dict[float, Figure]:
    """Each clashing value with the variant that first states it in pair order (i < j over ``variants``).

    Two variants clash when their signatures clash and, for a one-word 'about', they come from different
    documents (see _specific), documents about the same story when ``related`` is given; the result is what scanning
    every pair in order would give.
    """
    members: dict[_Signature, list[int]] = {}
    for idx, v in enumerate(variants):
        members.setdefault((v.value, v.qualifier, v.display), []).append(idx)
    sigs = list(members)
    first = [variants[members[s][0]] for s in sigs]
    rivals: list[list[int]] = [[] for _ in sigs]
    for a in range(len(sigs)):
        for b in range(a + 1, len(sigs)):
            if _clash(first[a], first[b], specific_words):
                rivals[a].append(b)
                rivals[b].append(a)
    if not any(rivals):
        return {}
    sig_of = {idx: s for s, idxs in enumerate(members.values()) for idx in idxs}
    best: dict[float, tuple[tuple[int, int], Figure]] = {}
    for k, v in enumerate(variants):
        rival_members = [members[sigs[t]] for t in rivals[sig_of[k]]]
        same_doc = specific_words if same_doc_ok is None else same_doc_ok
        pos = _first_pair(k, rival_members, variants, same_doc, related, owned, by_holder, apart)
        if pos is not None and v.value is not None and (v.value not in best or pos < best[v.value][0]):
            best[v.value] = (pos, v)
    return {value: f for value, (_, f) in best.items()}


def _first_pair(
    k: int,
    rival_members: list[list[int]],
    variants: list[Figure],
    same_doc_ok: bool,
    related: Related | None = None,
    owned: bool = False,
    by_holder: bool = False,
    apart: Apart | None = None,
) -> tuple[int, int] | None:
    """The first pair (i, j), i < j, in which variant k clashes with a variant of a rival signature."""
    earlier: int | None = None
    later: int | None = None
    # A signature holds each document once, so without ``related`` at most one member is skipped for sharing k's
    # document; with it, or with statements that their clauses may set apart, any member may be skipped.
    every = related is not None or apart is not None
    for idxs in rival_members:
        for idx in idxs if every else idxs[:2]:
            if idx >= k:
                break
            if _pairable(variants[idx], variants[k], same_doc_ok, related, owned, by_holder, apart):
                earlier = idx if earlier is None else min(earlier, idx)
                break
        p = bisect_right(idxs, k)
        for idx in idxs[p:] if every else idxs[p : p + 2]:
            if _pairable(variants[idx], variants[k], same_doc_ok, related, owned, by_holder, apart):
                later = idx if later is None else min(later, idx)
                break
    if earlier is not None:
        return earlier, k
    if later is not None:
        return k, later
    return None


def _pairable(
    x: Figure,
    y: Figure,
    same_doc_ok: bool,
    related: Related | None = None,
    owned: bool = False,
    by_holder: bool = False,
    apart: Apart | None = None,
) -> bool:
    """Whether two statements may contradict each other by where they are: from two documents (about the same story,
    when ``related`` tells, or, for what names whose it is, ``owned``, unless their sentences name different places),
    or from two sentences of one (a sentence giving two values of one thing compares them: "from 5% to 7%").
    Amounts keyed by their holder (``by_holder``) pair only when one holder's words end the other's (_same_holder);
    statements whose own clauses set them apart (``apart``: two periods, a forecast and a result, two places, two
    things that happened to the counted) never pair."""
    if by_holder and not _same_holder(x, y):
        return False
    if apart is not None and apart(x, y):
        return False
    if x.document != y.document:
        if related is None or related(x.document, y.document):
            return True
        return (owned and _same_places(x, y)) or _told_alike(x, y)
    return same_doc_ok and x.sentence != y.sentence


# Words of two sentences that say nothing of which occasion they tell: speech, function words, a count's words.
_ALIKE_STOP = (
    _KEY_STOP
    | _NOT_PREDICATE
    | frozenset(
        "and but or with when where while after before into onto over near from at in on by for to as than least more "  # noqa: SIM905
        "some about nearly almost around people officials official police according added".split()
    )
)
_CAPITAL = re.compile(r"(?<=\s)[A-Z][\w'’-]+")


def _told_alike(x: Figure, y: Figure) -> bool:
    """Whether two documents that the story does not relate tell one occasion for a count (figures probe s29 F9):
    "Fourteen people were killed in the bus crash near Nashik, police said." / "Police said 22 people were killed in
    the bus crash near Nashik.": the same thing befell the counted (_one_event), and the sentences share a name
    that is not an everyday word (where: "Nashik", "Kivu") and a word of what happened besides the verb ("bus",
    "crash", "ferry"). A toll in two places or of two events ("killed in a fire in Nashik" / "in the bus crash near
    Pune") does not pair."""
    if x.kind != "count" or not _one_event(x, y):
        return False
    skip = {_singular(w) for w in _WORD.findall((x.about or "").lower() + " " + (y.about or "").lower())}
    wx, wy = _event_words(x.sentence, skip), _event_words(y.sentence, skip)
    return bool(wx & wy)


_CALENDAR = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july august "  # noqa: SIM905
    "september october november december".split()
)


@lru_cache(maxsize=4096)
def _rare_names(sentence: str) -> frozenset[str]:
    """The capitalised words inside a sentence (not its first) that are not very common words, days or months: the
    names of places, people and bodies ("Kivu", "Nashik", "Purusi", "Gaza"; not "Red", "Police", "Friday")."""
    from wordfreq import zipf_frequency

    words = (w.lower() for w in _CAPITAL.findall(sentence or ""))
    return frozenset(w for w in words if w not in _CALENDAR and zipf_frequency(w, "en") < 5.0)


def _event_words(sentence: str, skip: set[str]) -> frozenset[str]:
    """The lower-case content words of a sentence, singular, without verbs of what happened (-ed, -ing) and ``skip``."""
    words = re.findall(r"(?<![\w'’-])[a-z][a-z-]{2,}\b", sentence or "")
    return frozenset(
        s for w in words if w not in _ALIKE_STOP and not w.endswith(("ed", "ing")) and (s := _singular(w)) not in skip
    )


# A place a clause puts something in: "in Syria", "at Fort Bragg", "across South Korea", "from the Philippines".
_PLACE_AFTER = re.compile(
    r"\b(?i:in|at|across|inside|near|from)\s+(?:the\s+)?([A-Z][\w.'’-]*(?:\s+[A-Z][\w.'’-]*){0,2})"
)
# Where the words after a count stop being about it: a speech clause ("..., officials said in Washington").
_SPEECH_AFTER = re.compile(r"\b(?:said|says|say|told|tells|according|speaking|reported|reports|added)\b", re.I)


def _count_places(f: Figure) -> frozenset[str]:
    """The places the words after a count put it in ("about 2,000 U.S. troops remain in Syria": sy), up to a speech
    clause: where a source spoke ("Speaking in Brussels, Lloyd Austin said ...", "said in Kyiv that 12,000 ...",
    "..., officials said in Washington") is not where the things counted are (review s19 r2 MED-7)."""
    parts = _after_text(f)
    return frozenset() if parts is None else _places_before_speech(parts[1], _SPEECH_AFTER)


def _places_before_speech(text: str, speech: re.Pattern[str]) -> frozenset[str]:
    """The places a text after a figure puts it in, up to the first match of ``speech`` (a speaker's words: where
    the speaker spoke is not where the things counted are)."""
    cut = speech.search(text)
    return _places(text[: cut.start()] if cut else text)


@lru_cache(maxsize=4096)
def _places(text: str) -> frozenset[str]:
    """The places the gazetteer knows that a text puts something in, as country codes or lower-case names."""
    from extract.actors.names import country_code, is_region, is_town

    found = set()
    for m in _PLACE_AFTER.finditer(text):
        name = m.group(1).rstrip(".,")
        code = country_code(name) or _country_named(name)
        if code is not None:
            found.add(code.lower())
        elif is_region(name) or is_town(name):
            found.add(name.lower())
    return frozenset(found)


@lru_cache(maxsize=1024)
def _country_named(name: str) -> str | None:
    """The one country whose official name holds ``name`` as whole words ("Britain", "Great Britain": GB, from
    pycountry's "United Kingdom of Great Britain and Northern Ireland"), which the gazetteer's short names miss;
    None when no country or several do ("Korea")."""
    import pycountry

    pattern = re.compile(rf"\b{re.escape(name)}\b", re.IGNORECASE)
    codes = {
        c.alpha_2
        for c in pycountry.countries
        if pattern.search(getattr(c, "official_name", "")) or pattern.search(getattr(c, "common_name", ""))
    }
    return codes.pop() if len(codes) == 1 else None


def _clash(a: Figure, b: Figure, specific_words: bool) -> bool:
    """Whether two statements from different documents contradict each other (same-document pairs: see _involved)."""
    specific = specific_words or a.kind != "count" or min(a.value or 0.0, b.value or 0.0) >= 100
    return (
        (specific_words or not _far_apart(a, b))
        and not _small_counts(a, b)
        and not _compatible(a, b)
        and not _in_range(a, b)
        and (specific or _one_event(a, b))
    )


# Stems of _happened that tell one death toll ("42 people were killed", "38 people died", "killing 38").
_DEATH = frozenset(("kill", "di", "dy"))
# Verbs of saying or thinking after a count say what the counted said, not what befell them ("42 people said").
_NOT_EVENT = frozenset(("sai", "say", "told", "think", "believ", "agre", "vot", "answer", "respond", "expect"))


def _one_event(a: Figure, b: Figure) -> bool:
    """Whether two counts under a hundred of a one-word noun ("42 people", "38 people") state what one thing befell
    them at one occasion: their clauses give the same verb ("were killed" / "killing", "were evacuated" / "were
    evacuated", "died" / "were killed") and their sentences share a name (where, or who told: "Kivu", "Purusi").
    Without that a small count is usually of another group or another occasion ("Linus Ullmark stopped 22 shots" /
    "Alex Stalock ... stopping 30 shots"); with it, two documents' tolls of one disaster clash whatever their size
    (figures probe s29 F15)."""
    ha, hb = _happened(a), _happened(b)
    if ha is None or hb is None or ha in _NOT_EVENT or not (ha == hb or (ha in _DEATH and hb in _DEATH)):
        return False
    return not _rare_names(a.sentence).isdisjoint(_rare_names(b.sentence))


def _far_apart(a: Figure, b: Figure) -> bool:
    """Values an order of magnitude apart about a one-word noun ("100,000 residents", "20 million residents") are
    counts of different groups, not two sources' estimates of one."""
    lo, hi = sorted((abs(a.value or 0.0), abs(b.value or 0.0)))
    return hi > 10 * lo


def _small_counts(a: Figure, b: Figure) -> bool:
    """Counts under ten ("two countries", "one of them") are usually about different things."""
    return a.kind == "count" and min(a.value or 0.0, b.value or 0.0) < 10


def _in_range(a: Figure, b: Figure) -> bool:
    """One figure is a range ("10–20") that contains the other's value."""
    for x, y in ((a, b), (b, a)):
        m = _RANGE_DISPLAY.search(x.display)
        if m and y.value is not None and x.value is not None:
            try:
                lo, hi = _to_float(m.group(1)), _to_float(m.group(2))
            except ValueError:
                continue
            # The display's ends are scaled as shown ("USD 40–50 bn"): recover the factor, a power of ten, from the
            # midpoint (an acceleration's value is its top: "0–60 mph" is 60, twice the midpoint, scale 1).
            mid = (lo + hi) / 2
            ratio = abs(x.value / mid) if mid else 0.0
            scale = 10.0 ** round(math.log10(ratio)) if ratio > 0 else 1.0
            if lo * scale <= y.value <= hi * scale:
                return True
    return False


# ------------------------------------------------------------------------------------ what sets two statements apart
# Two statements of one thing ("visitors", "people", "revenue") contradict each other only when they state it for the
# same occasion. Their own clauses may say they do not: two periods ("in 2024" / "in 2022", "in the third quarter" /
# "last year"), a forecast and a result ("expects revenue of $40 billion" / "revenue was $35.1 billion"), two places
# ("in Sudan" / "in Congo"), or two things that happened to what is counted, as the story itself tells them apart
# ("killed 1,310 people and injured 8,450").

# Where a figure's clause ends: a clause break, a coordinated or compared clause ("killed 1,310 people and injured
# 8,450", "8.9 million visitors in 2024, compared with 7.8 million in 2022").
_CLAUSE_BREAK = re.compile(
    r"[;:()\u2014\u2013]|,\s|\s(?:and|but|while|whereas|versus|vs\.?|compared\s+(?:with|to)|against)\s", re.IGNORECASE
)


def _clause(f: Figure) -> tuple[str, str] | None:
    """The words of the figure's own clause before and after it (see _CLAUSE_BREAK), or None without its sentence."""
    return _clause_in(f.sentence, f.text, bool(f.about))


@lru_cache(maxsize=16384)
def _clause_in(sentence: str, text: str, has_about: bool) -> tuple[str, str] | None:
    """``_clause`` of a figure's text in its sentence (``_after_text``: None without an about)."""
    at = _at(sentence, text) if sentence and has_about else -1
    parts = None if at < 0 else (sentence[:at], sentence[at + len(text) :])
    if parts is None:
        return None
    before, after = parts
    cuts = [*_CLAUSE_BREAK.finditer(before), *_REPORTED.finditer(before)]
    end = _CLAUSE_BREAK.search(after)
    start = max(m.end() for m in cuts) if cuts else 0
    return before[start:], after[: end.start()] if end else after


# A speaker's verb before the figure, whose time is when it was said ("The WHO said this week that 1,200 cases ...").
_REPORTED = re.compile(
    r"\b(?:said|says|say|told|tells|announced|reported|according\s+to)\b(?:(?:\s+[\w-]+){0,3}?\s+that\b)?",
    re.IGNORECASE,
)
_MONTHS = "January|February|March|April|June|July|August|September|October|November|December"
# A period a clause states: a quarter or a half ("in the third quarter", "Q3", "first-half"), a period relative to the
# report's time ("last year", "next quarter", "a year earlier"), a month, a year after a preposition ("in 2022"), or a
# kind of period without which one ("annual revenue", "quarterly"). The first name of each group is its length.
_PERIOD = re.compile(
    r"(?i:\b(?P<quarter_n>first|second|third|fourth|1st|2nd|3rd|4th)[\s-]+(?:fiscal[\s-]+)?quarter\b"
    r"|\bQ(?P<quarter_d>[1-4])\b"
    r"|\b(?P<half_n>first|second)[\s-]+half\b|\bH(?P<half_d>[12])\b"
    r"|\b(?P<rel>last|this|next|previous|past|coming|current|same|latest|the)\s+(?:fiscal\s+)?"
    r"(?P<rel_len>year|quarter|month|week|season|decade)\b"
    r"|\ba\s+(?P<ago_len>year|quarter|month|week|season|decade)\s+(?:earlier|ago|before)\b"
    r"|\b(?P<kind>annual|annually|yearly|quarterly|monthly|weekly)\b"
    rf"|\b(?P<span>\w+)[\s-]+months?\s+(?:to|ended|ending|through)\s+(?:the\s+end\s+of\s+)?(?:{_MONTHS}|May)\b"
    r"|\b(?:in|of|for|during|since|by|through|throughout|fiscal|FY)\s+(?P<year>(?:19|20)\d\d)\b(?![.,]?\d)"
    r"|\b(?P<year_s>(?:19|20)\d\d)['’]s\b)"
    rf"|\b(?P<month>{_MONTHS}|(?<=(?i:in|by|of) )May)\b(?:\s+(?P<month_year>(?:19|20)\d\d)\b)?"
)
_KIND_LENGTH = {"annual": "year", "annually": "year", "yearly": "year", "quarterly": "quarter", "monthly": "month",
                "weekly": "week"}  # fmt: skip
_SPAN = {"three": "quarter", "3": "quarter", "six": "half", "6": "half", "twelve": "year", "12": "year"}
_RELATIVE = {"previous": "last", "past": "last", "coming": "next", "current": "this"}
_ANY = "?"  # a period of that length, which one unsaid ("annual", "in the quarter", "the same year")
_LENGTHS = ("week", "month", "quarter", "half", "season", "year", "decade")


@lru_cache(maxsize=8192)
def _periods(text: str) -> tuple[tuple[str, str], ...]:
    """(length, which) of each period ``text`` states: ("quarter", "3"), ("year", "2022"), ("year", "last"),
    ("quarter", "?")."""
    out = []
    for m in _PERIOD.finditer(text):
        g = m.groupdict()
        if g["quarter_n"] or g["quarter_d"]:
            out.append(("quarter", g["quarter_d"] or _ORDINAL[g["quarter_n"].lower()[:2]]))
        elif g["half_n"] or g["half_d"]:
            out.append(("half", g["half_d"] or _ORDINAL[g["half_n"].lower()[:2]]))
        elif g["rel"]:
            rel = g["rel"].lower()
            which = _ANY if rel in ("same", "latest", "the") else _RELATIVE.get(rel, rel)
            out.append((g["rel_len"].lower(), which))
        elif g["ago_len"]:
            out.append((g["ago_len"].lower(), "last"))
        elif g["span"]:
            # "the three months to September" is a quarter, "the 12 months to March" a year (rev1 R1C-4)
            span = _SPAN.get(g["span"].lower())
            if span is not None:
                out.append((span, _ANY))
        elif g["kind"]:
            out.append((_KIND_LENGTH[g["kind"].lower()], _ANY))
        elif g["year"] or g["year_s"]:
            out.append(("year", g["year"] or g["year_s"]))
        elif g["month"]:
            out.append(("month", g["month"].lower() + (f" {g['month_year']}" if g["month_year"] else "")))
            if g["month_year"]:
                out.append(("year", g["month_year"]))
    return tuple(out)


_ORDINAL = {"fi": "1", "1s": "1", "se": "2", "2n": "2", "th": "3", "3r": "3", "fo": "4", "4t": "4"}


def _period(f: Figure) -> dict[str, str]:
    """The periods the figure's clause states, by length; when it states none, those of a short opening phrase of its
    sentence ("In 2022, the museum drew 7.8 million visitors")."""
    clause = _clause(f)
    if clause is None:
        return {}
    found = _periods(clause[0]) + _periods(clause[1])
    if not found:
        head, comma, rest = f.sentence.partition(", ")
        if comma and len(head.split()) <= 5 and f.text not in head:
            found = _periods(head)
    out: dict[str, str] = {}
    for length, which in found:
        out.setdefault(length, which)
    return out


def _periods_apart(p: Mapping[str, str], q: Mapping[str, str]) -> bool:
    """Whether two clauses' periods are different periods: of two lengths (a quarter's deliveries and a year's), two
    named ones ("2024" and "2022"), two relative ones ("last year" and "this year"), or the next one and any other
    ("next quarter" and "in the quarter"). A named period and a relative one may be the same ("in 2024", "last year");
    a clause that states none may be stating either."""
    if not p or not q:
        return False
    lp = min(p, key=_LENGTHS.index)
    lq = min(q, key=_LENGTHS.index)
    if lp != lq:
        return True
    for length in p.keys() & q.keys():
        a, b = p[length], q[length]
        if a == b:
            continue
        if _ANY in (a, b):
            if "next" in (a, b):
                return True
            continue
        if (a in _NOW_RELATIVE) == (b in _NOW_RELATIVE):
            return True
    return False


_NOW_RELATIVE = frozenset(("last", "this", "next"))


# A clause that states a forecast or a target, not a result ("Nvidia expects revenue of $40 billion", "aimed for 10
# million visitors", "the company's guidance of $40 billion"), and one that speaks of what will be ("would cost").
_FORECAST = re.compile(
    r"\b(?:expect(?:s|ed|ing)?|forecast(?:s|ed|ing)?|projected|projecting|predict(?:s|ed|ing)?|anticipat(?:e|es|ed|ing)"
    r"|guidance|outlook|targets?|aim(?:s|ed|ing)?\s+(?:for|at|to))\b",  # "targeted 1,200 sites" is what was struck
    re.IGNORECASE,
)
_FUTURE = re.compile(
    r"\b(?:will|would|could|might|may|shall|should|going\s+to|set\s+to|due\s+to|plan(?:s|ned)?\s+to"
    r"|intend(?:s|ed)?\s+to)\b|['’]ll\b",
    re.IGNORECASE,
)


# Words that open a phrase of their own between a forecast word and a figure: "raised its outlook after revenue of
# $35.1 billion" forecasts nothing of the $35.1 billion (review s28 rev1 R1C-2); a preposition that opens a phrase of
# the object does not ("expects revenue in China to reach 9 billion euros", rev1 R1C-5).
_AWAY = re.compile(r"\b(?:after|before|since|following|despite|than|amid|because|while|when)\b", re.IGNORECASE)
# A progressive speaks of what is under way, as a plan does ("is cutting 14,000 jobs" / "expects to cut 12,000").
_PROGRESSIVE = re.compile(r"\b(?:is|are|am|was|were)\s+(?:\w+ly\s+)?\w+ing\b", re.IGNORECASE)


def _mood(f: Figure, period: Mapping[str, str]) -> str:
    """'forecast' for a figure its clause forecasts or targets (the forecast word governs it, at most six words before
    it with no clause of its own between: "expects revenue of $40 billion", "expects the rescue to cost $4 billion"),
    or gives for the next period; 'future' for one it puts in what will, would or is being done; '' for a statement
    of what is or was."""
    clause = _clause(f)
    before = clause[0] if clause else ""
    found = list(_FORECAST.finditer(before))
    last = found[-1] if found else None
    between = before[last.end() :] if last else ""
    if last and len(between.split()) <= 6 and not _AWAY.search(between) or "next" in period.values():
        return "forecast"
    return "future" if _FUTURE.search(before) or _PROGRESSIVE.search(before) else ""


# What happened to the counted, as the clause says it: a verb in -ed or -ing right before the figure ("killed 1,310
# people", "killing at least 19"), or the verb after what is counted, after a passive's auxiliary any word ("people were
# killed", "8,000 were hurt"), without one a verb in -ed ("60,000 people marched").
_VERB_BEFORE = re.compile(r"\b([a-z]+(?:ed|ing))\s+$")
_AUXILIARY = r"(?:(?:were|was|are|is|have|has|had|been|being|be|reportedly|also|still|now|later|then)\s+)"
_VERB_AFTER = re.compile(rf"\s*(?:{_AUXILIARY}+([a-z]{{3,}})|([a-z]+ed))\b")
_NOT_VERB = frozenset("the and but for not from with into over under among than that this their there".split())  # noqa: SIM905


def _happened(f: Figure) -> str | None:
    """The stem of what happened to the counted ("kill" for "killed 1,310 people", "1,240 people were killed" and
    "killing at least 19"), or None when the clause does not say."""
    return _happened_in(f.sentence, f.text, f.about) if f.kind == "count" else None


@lru_cache(maxsize=16384)
def _happened_in(sentence: str, text: str, about: str | None) -> str | None:
    """``_happened`` of a count's text in its sentence."""
    clause = _clause_in(sentence, text, bool(about))
    if clause is None:
        return None
    before, after = clause
    m = _VERB_BEFORE.search(before)
    word = m.group(1) if m else None
    if word is None:
        if about and after.startswith(f" {about}"):
            after = after[len(about) + 1 :]
        n = _VERB_AFTER.match(after)
        word = (n.group(1) or n.group(2)) if n else None
    if word is None or word in _NOT_VERB:
        return None
    return re.sub(r"(?:ing|ed|d)$", "", word)


class _Evidence(NamedTuple):
    """What a figure's own clause says of the occasion it states."""

    period: dict[str, str]
    mood: str
    places: frozenset[str]
    happened: str | None
    of_thing: tuple[str, ...]
    owner: tuple[str, ...]
    score: str
    days: frozenset[str]


class Apart:
    """Which statements of one group their own clauses set apart (see the section's comment); built once per group."""

    __slots__ = ("_evidence", "_told_apart")

    def __init__(self, evidence: dict[int, _Evidence], told: set[frozenset[str]]) -> None:
        self._evidence = evidence
        self._told_apart = told

    @classmethod
    def of(cls, variants: Sequence[Figure]) -> Apart | None:
        """The evidence of each variant, or None when no clause of them states any (nothing is set apart)."""
        evidence = {}
        for v in variants:
            period = _period(v)
            evidence[id(v)] = _Evidence(
                period, _mood(v, period), _clause_places(v), _happened(v), _of_what(v), _owner(v), _score(v), _days(v)
            )
        if not any(any(e) for e in evidence.values()):
            return None
        # Two things that happened to the counted are two counts when one document gives both ("killed 1,310 people
        # and injured 8,450"); otherwise they may be one told in two ways ("15,000 people joined the march", "60,000
        # people marched").
        by_doc: dict[str, set[str]] = {}
        for v in variants:
            if (h := evidence[id(v)].happened) is not None:
                by_doc.setdefault(v.document, set()).add(h)
        told = {frozenset((a, b)) for hs in by_doc.values() for a in hs for b in hs if a != b}
        return cls(evidence, told)

    def __call__(self, x: Figure, y: Figure) -> bool:
        ex, ey = self._evidence.get(id(x)), self._evidence.get(id(y))
        if ex is None or ey is None:
            return False
        if _periods_apart(ex.period, ey.period):
            return True
        if "forecast" in (ex.mood, ey.mood) and "" in (ex.mood, ey.mood):
            return True  # a forecast or a target and a result: "expects revenue of $40 billion" / "revenue was $35.1bn"
        if _places_apart(ex.places, ey.places) or _owners_apart(ex.owner, ey.owner):
            return True
        if ex.days and ey.days and ex.days.isdisjoint(ey.days):
            return True  # "On Monday, 12 people were killed ..." / "On Tuesday, 20 people were killed ...": two tolls
        if ex.score and ey.score and ex.score != ey.score:
            return True  # "beat Brentford 3-1 in front of 53,400 fans" / "drew 1-1 with Chelsea in front of 55,200"
        if ex.of_thing and ey.of_thing and ex.of_thing != ey.of_thing:
            return True  # "cases of cholera" / "cases of mpox"
        hx, hy = ex.happened, ey.happened
        return hx is not None and hy is not None and hx != hy and frozenset((hx, hy)) in self._told_apart


# Whose the counted things are, by a name right before them: a possessive ("Zenith's 4,000 employees") or the subject
# of a verb of having ("Acme Corp employs 26,000 employees", "Zenith Labs has 4,000 employees"). A verb of saying or
# counting names a source, not an owner ("Police estimated 15,000 people", "Organisers counted 60,000").
_NAME = r"([A-Z][\w&.-]*(?:\s+(?:of\s+)?[A-Z][\w&.-]*)*)"
_OWNER_BEFORE = re.compile(
    rf"(?:^|\s){_NAME}(?:['’]s?|\s+(?:now\s+|still\s+|currently\s+)?(?:has|have|had|employs|employed|owns|owned"
    r"|holds|held|operates|operated|runs|ran))\s+$"
)


def _owner(f: Figure) -> tuple[str, ...]:
    """The words of whose the counted things are, lower case, without a company's legal form ("Acme Corp": acme), or
    () when the clause names no owner right before the count (review s28 figures probe F10)."""
    clause = _clause(f) if f.kind == "count" else None
    m = _OWNER_BEFORE.search(clause[0]) if clause else None
    if m is None:
        return ()
    from cleanco import basename

    return tuple(w for w in _WORD.findall(basename(m.group(1)).lower()) if w not in _KEY_STOP)


# A game's score or a vote's tally in a clause: "beat Brentford 3-1", "passed the bill 52-48", "won 110-102".
_SCORE = re.compile(r"(?<![\w.,/-])(\d{1,3})[-–](\d{1,3})(?![\w.,/%-])")


def _score(f: Figure) -> str:
    """The score a figure's clause gives (the occasion it counts at: one game, one vote), '' for none; two clauses with
    two scores count at two games ("in front of 53,400 fans" / "55,200 fans", review s28 figures probe n/b)."""
    clause = _clause(f)
    m = _SCORE.search(" ".join(clause)) if clause else None
    return f"{m.group(1)}-{m.group(2)}" if m else ""


# The day a sentence tells of: a weekday, yesterday or today, a month and its day ("December 3", "3 December").
_DAY = re.compile(
    rf"\b(?:(?P<weekday>Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday)|(?P<rel>yesterday|today|tonight)"
    rf"|(?P<md>(?:{_MONTHS}|May)\s+\d{{1,2}})\b|(?P<dm>\d{{1,2}}\s+(?:{_MONTHS}|May)))\b",
    re.IGNORECASE,
)


_SAID_ON = re.compile(
    r"\b(?:said|says|say|told|tells|announced|reported|added|stated|confirmed|wrote)\b(?:\s+[\w-]+){0,3}?\s+(?:on\s+)?$",
    re.IGNORECASE,
)


def _days(f: Figure) -> frozenset[str]:
    """The days a count's sentence names, but the day someone said it (review s29 rev 1 RC1: two days' tolls of one
    place are two counts, not two sources' one); empty for other kinds, where a statement's day is when it was said
    ("revenue was $5 billion, the company said on Monday")."""
    if f.kind != "count" or not f.sentence:
        return frozenset()
    out = set()
    for m in _DAY.finditer(f.sentence):
        if _SAID_ON.search(f.sentence, max(0, m.start() - 60), m.start()):
            continue  # "Acme Corp said on Monday that it employs 12,000 workers": when it was said, not counted
        if m.group("dm"):
            day, month = m.group("dm").split()
            out.add(f"{month.lower()} {int(day)}")
        elif m.group("md"):
            month, day = m.group("md").split()
            out.add(f"{month.lower()} {int(day)}")
        else:
            out.add(m.group(0).lower())
    return frozenset(out)


def _owners_apart(a: tuple[str, ...], b: tuple[str, ...]) -> bool:
    """Two owners, neither's words opening or ending the other's ("Acme" and "Acme Corp" are one)."""
    if not a or not b:
        return False
    short, long = sorted((a, b), key=len)
    return long[: len(short)] != short and long[len(long) - len(short) :] != short


# A speaker's words inside a clause, after which a place is where the speaker spoke ("12,000 soldiers have arrived,
# Zelensky told reporters in Kyiv"); "had been reported in Sudan" is where the cases were.
_SPOKEN = re.compile(r"\b(?:said|says|say|told|tells|according|speaking)\b", re.IGNORECASE)


def _clause_places(f: Figure) -> frozenset[str]:
    """The places the figure's clause puts it in after the figure ("1,200 cases had been reported in Sudan"), up to a
    speaker's words."""
    clause = _clause(f)
    return frozenset() if clause is None else _places_before_speech(clause[1], _SPOKEN)


def _places_apart(a: frozenset[str], b: frozenset[str]) -> bool:
    """Two clauses' places are different places: countries that differ ("in Sudan" / "in Congo"), or places below a
    country that differ ("in Valencia" / "in Malaga"); a country and a place in it may be one ("in Russia" / "in
    Kursk": the gazetteer does not say which country a place is in)."""
    if not a or not b or not a.isdisjoint(b):
        return False
    ca, cb = {p for p in a if len(p) == 2}, {p for p in b if len(p) == 2}
    return (bool(ca) and bool(cb)) or (not ca and not cb)
