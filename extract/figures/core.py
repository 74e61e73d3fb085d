"""Shared pieces of the figure scan: the in-progress records (_Num, _Fig), float parsing and plural stripping."""

from __future__ import annotations

from dataclasses import dataclass
from functools import lru_cache
from typing import TYPE_CHECKING

from extract.quotes.lexicon import verb_forms

if TYPE_CHECKING:
    from spacy.tokens import Doc, Token


MAX_ABS_VALUE = 1e18
"""Digit strings beyond this are identifiers or noise, not news figures (and would overflow date and int maths)."""


def _to_float(raw: str) -> float:
    value = float(raw.replace(",", ""))
    if not abs(value) <= MAX_ABS_VALUE:  # also catches inf and nan
        raise ValueError(f"not a plausible figure: {raw[:20]}")
    return value


def _to_float_or(raw: str, default: float = 0.0) -> float:
    try:
        return _to_float(raw)
    except ValueError:
        return default


def _range_value(low: float, high: float) -> float:
    """The value of a range: its midpoint ("0 to 10 degrees" is 5, "aged 0-4" is 2); the one range whose top is
    its value, an acceleration ("0-60 mph in 5.8 seconds"), is set by rates._acceleration."""
    return (low + high) / 2


@lru_cache(maxsize=4096)
def _singular(word: str) -> str:
    """Singular of a plural noun, checked against word frequencies (the lemmatizer is off)."""
    w = word.lower()
    irregular = {
        "feet": "foot",
        "men": "man",
        "women": "woman",
        "children": "child",
        "teeth": "tooth",
        "mice": "mouse",
        "geese": "goose",
        "people": "people",
        "police": "police",
        "staff": "staff",
        # the same in both numbers
        "series": "series",
        "species": "species",
        "news": "news",
        "means": "means",
        "headquarters": "headquarters",
        "corps": "corps",
    }
    if w in irregular:
        return irregular[w]
    from wordfreq import zipf_frequency  # imported on first use: wordfreq costs about 0.3 s to import

    if w.endswith("men") and len(w) >= 6:
        # "gunmen", "policemen", "servicemen": the quotes' singular of people nouns, if that is a word
        # ("specimen", "regimen", "abdomen" are singular; "omen" is no plural of "Oman")
        from extract.quotes.people import _singular as _person_singular  # imports nothing from figures

        one = _person_singular(w)
        return one if zipf_frequency(one, "en") >= 2.5 else w
    if not w.endswith("s") or w.endswith("ss") or len(w) < 4:
        return w

    if w.endswith(("us", "is")):
        # "crisis", "virus" are singular; "Israelis", "Iraqis", "Hindus" are plurals of a known word
        return w[:-1] if zipf_frequency(w[:-1], "en") >= 2.5 else w
    cands = []
    if w.endswith("ies"):
        cands.append(w[:-3] + "y")
    if w.endswith("ves"):
        cands += [w[:-3] + "f", w[:-3] + "fe"]
    if w.endswith("es") and w[:-2].endswith(("s", "x", "z", "ch", "sh", "o")) and len(w) > 4:
        cands.append(w[:-2])  # "taxes", "churches", "heroes"; not "notes" -> "not" nor "uses" -> "us"
    if w.endswith("ses"):
        cands.append(w[:-3] + "sis")  # "crises", "analyses"
    if w.endswith("ices"):
        cands += [w[:-4] + "ex", w[:-4] + "ix"]  # "indices", "vertices", "matrices"; not "prices" -> "prix"
    cands.append(w[:-1])
    best = max(cands, key=lambda c: zipf_frequency(c, "en"))
    return best if zipf_frequency(best, "en") > 0 else w[:-1]


@dataclass(slots=True)
class _Num:
    """A number found in the token stream, before units and context."""

    start: int
    end: int
    value: float
    digits: bool = False
    vague: bool = False
    fraction: bool = False
    currency: str | None = None
    suffix: str = ""
    scaled: bool = False
    low: float | None = None
    high: float | None = None
    ordinal: bool = False
    word: bool = False
    unread: bool = False  # glued after letters of a currency's abbreviation ("Dh5 billion"), kept only before a scale


@dataclass(slots=True)
class _Fig:
    """A number with its unit and context, in token and character coordinates of the repaired text."""

    num: _Num
    start: int
    end: int
    value: float | None
    kind: str
    unit: str | None = None
    qualifier: str | None = None
    direction: str | None = None
    about: str | None = None
    date: str | None = None
    low: float | None = None
    high: float | None = None
    parts: tuple[tuple[float, str], ...] = ()
    counted: int | None = None


def _match_phrase(
    doc: Doc, i: int, table: dict[str, str], max_len: int = 3, heads: frozenset[str] | None = None
) -> tuple[str, int] | None:
    """Longest lower-cased phrase of ``table`` starting at token i: value and number of tokens. ``heads``, if given,
    holds every proper prefix of the table's keys: a phrase of several tokens starts with one of them."""
    n = len(doc)
    if heads is not None and doc[i].lower_ not in heads:
        max_len = 1
    for k in range(min(max_len, n - i), 0, -1):
        span = doc[i : i + k]
        key = " ".join(t.lower_ for t in span)
        if key in table:
            return table[key], k
        if k > 1:
            key2 = span.text.lower()
            if key2 in table:
                return table[key2], k
    return None


def _span_root(doc: Doc, start: int, end: int) -> Token:
    """The token of [start, end) whose head lies outside the span (the last such one)."""
    best = doc[end - 1]
    for k in range(start, end):
        t = doc[k]
        if not (start <= t.head.i < end) or t.head.i == t.i:
            best = t
    return best


# Singular nouns that are plural in meaning ("2,000 staff", "300 police"): counted themselves before "and".
_COLLECTIVES = frozenset(
    ("staff", "personnel", "police", "crew", "cattle", "livestock", "clergy", "faculty", "poultry", "militia")
)


# Verbs of a contest after which "X to Y" gives the subject's and the object's shares ("Biden leads Trump 52% to 43%").
_CONTEST_VERBS = frozenset(verb_forms("lead:led beat:beaten top:topped,topping edge trail outpoll defeat outscore"))


def _contestant(t: Token) -> bool:
    """Whether a token names a side in a contest: a person, an organisation, a group or a place (or a proper noun
    the tagger left untyped, "the Conservatives"), not a common noun ("voters", "women")."""
    return t.ent_type_ in ("PERSON", "ORG", "NORP", "GPE") or (t.pos_ == "PROPN" and not t.ent_type_)


# Names that put a sentence or a story in the United States besides the country's own: its institutions and officers
# (review s29 rev1 RF1, RF3: "Defense Secretary Lloyd Austin said in Sydney", "the FBI said").
_US_CUES = frozenset(
    (
        *("US", "U.S.", "USA", "U.S.A.", "America", "United States", "United States of America", "Washington"),
        *("Pentagon", "White House", "Fed", "Federal Reserve", "Congress", "State Department", "FBI", "CIA"),
        *("Secretary of State", "Defense Secretary", "Treasury Secretary", "Customs and Border Protection", "Senate"),
    )
)


def _names_the_us(doc: Doc, start: int, end: int) -> bool:
    """Whether tokens [start, end) name the United States: the country, a US institution or a US state (by name)."""
    from extract.actors.names import us_state_names

    states = set(us_state_names().values())
    text = doc[start:end].text
    if any(cue in text for cue in _US_CUES if " " in cue):
        return True
    for ent in doc.ents:
        if start <= ent.start < end:
            name = ent.text.removeprefix("the ").removeprefix("The ")
            if name in _US_CUES or name in states or name.removesuffix("'s") in _US_CUES:
                return True
    return any(t.text in ("Pentagon", "FBI", "Fed", "Congress") for t in doc[start:end])
