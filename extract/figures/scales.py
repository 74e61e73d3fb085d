"""Scale words and abbreviations ("million", "bn", "10k"), vague plurals, fractions and multiplicative verbs."""

from __future__ import annotations

from functools import lru_cache
from typing import TYPE_CHECKING

from extract.actors.lexicon import PERSON_NOUNS, PROFESSIONS
from extract.figures.core import _Num, _singular, _to_float_or
from extract.figures.units import _unit_name
from extract.quotes.lexicon import _PEOPLE_NOUNS

if TYPE_CHECKING:
    from spacy.tokens import Doc


# fmt: off
_SCALE_WORDS = {"hundred": 1e2, "thousand": 1e3, "million": 1e6, "billion": 1e9, "trillion": 1e12,
                "lakh": 1e5, "lakhs": 1e5, "crore": 1e7, "crores": 1e7}
# Abbreviated scales; "m", "b", "t" only count as scales after a currency (else they are metres, tonnes...).
_SCALE_ABBR = {"k": 1e3, "K": 1e3, "mn": 1e6, "mln": 1e6, "mil": 1e6, "MM": 1e6, "M": 1e6,
               "bn": 1e9, "bln": 1e9, "B": 1e9, "tn": 1e12, "tln": 1e12, "trn": 1e12, "T": 1e12}
_MONEY_SCALE_ABBR = {"m": 1e6, "b": 1e9, "t": 1e12, "cr": 1e7}
_SPELLED_ABBR = ("mn", "mln", "bn", "bln", "tn", "tln", "trn")
_VAGUE = {"dozens": 12.0, "hundreds": 100.0, "thousands": 1e3, "millions": 1e6, "billions": 1e9, "trillions": 1e12,
          "tens": 10.0, "scores": 20.0}
_FRACTION_WORDS = {"half": 0.5, "halves": 0.5, "quarter": 0.25, "quarters": 0.25}
_UNICODE_FRACTIONS = {"½": 0.5, "⅓": 1 / 3, "⅔": 2 / 3, "¼": 0.25, "¾": 0.75, "⅕": 0.2, "⅖": 0.4, "⅗": 0.6, "⅘": 0.8,
                      "⅙": 1 / 6, "⅚": 5 / 6, "⅛": 0.125, "⅜": 0.375, "⅝": 0.625, "⅞": 0.875}
_MULTIPLICATIVE = {"halved": (50.0, "down"), "halve": (50.0, "down"), "halving": (50.0, "down"),
                   "doubled": (100.0, "up"), "tripled": (200.0, "up"), "quadrupled": (300.0, "up"),
                   # the -ing forms and British "trebled" (lead s26 inbox, probe class 7: "Profits trebled to $3m")
                   "doubling": (100.0, "up"), "tripling": (200.0, "up"), "quadrupling": (300.0, "up"),
                   "trebled": (200.0, "up"), "trebling": (200.0, "up")}
# fmt: on


def _scale_at(doc: Doc, i: int, money: bool) -> tuple[float, int] | None:
    """A scale word at token i ("million", "bn", "m" after a currency): multiplier and tokens used."""
    if i >= len(doc):
        return None
    t = doc[i]
    low = t.lower_
    if t.is_space and "\n" not in t.text and i + 1 < len(doc):
        # A double space before a whole scale word ("$5  million"); glued abbreviations need no space at all.
        w = doc[i + 1]
        if w.lower_ in _SCALE_WORDS or w.lower_ in _SPELLED_ABBR or (money and w.text in ("M", "B", "T", "K", "MM")):
            return _SCALE_WORDS.get(w.lower_) or _SCALE_ABBR.get(w.text) or _SCALE_ABBR[w.lower_], 2
        return None
    if low in _SCALE_WORDS:
        return _SCALE_WORDS[low], 1
    if t.text in _SCALE_ABBR:
        # Capital letters after a space are scales only for money ("$10 M"); glued ones always ("10M").
        if t.text in ("M", "B", "T", "K", "MM") and not money and doc[i - 1].whitespace_:
            return None
        if (
            t.text in ("M", "B", "T", "K")
            and not money
            and doc[i - 1].like_num
            and _to_float_or(doc[i - 1].text) >= 1000
        ):
            return None  # "Radeon Pro 5300M": a model name, not billions
        return _SCALE_ABBR[t.text], 1
    if low in _SPELLED_ABBR:
        return _SCALE_ABBR[low], 1
    if money and low.rstrip(".") == "cr" and t.text[:2] in ("cr", "Cr"):
        return 1e7, 1  # "₹500 cr", "Rs 500 Cr", "Rs 15,000 cr.": Indian copy's crore, only after money; not "CR"
    if money and low in _MONEY_SCALE_ABBR and not doc[i - 1].whitespace_:
        return _MONEY_SCALE_ABBR[low], 1
    if money and low[:-1] in ("m", "bn", "b", "mn", "tn") and low.endswith(".") and not doc[i - 1].whitespace_:
        return (_SCALE_ABBR.get(low[:-1]) or _MONEY_SCALE_ABBR[low[:-1]]), 1  # "£5m." ending a sentence
    if low == "m" and t.text == "m" and not doc[i - 1].whitespace_ and _plural_count_noun(doc, i + 1):
        return 1e6, 1  # "2.5m people"
    return None


def _plural_count_noun(doc: Doc, i: int) -> bool:
    """A plural common noun at token i that is no unit ("people", "homes"), as after "2.5m", or a plural unit that
    is no length ("1.5m tonnes", "2m barrels", "3m hectares"): metres of tonnes are nothing, millions of them are."""
    if i >= len(doc) or doc[i].tag_ != "NNS":
        return False
    unit = _unit_name(doc[i].lower_)
    return unit is None or (unit not in _LENGTHS and _singular(doc[i].lower_) != doc[i].lower_)


# Length units: "2.5m feet" may be a misread, so a glued "m" before them stays as it was.
_LENGTHS = frozenset(
    ("metre", "kilometre", "centimetre", "millimetre", "foot", "inch", "yard", "mile", "nautical mile")
)


# Nouns for people that news counts in millions, beyond the quotes/actors lexicons ("its customers reached 8
# million", "the app has 3b users"). A fixed list, not a guess from an agent ending: "wagers", "warrants",
# "charters" and "tenders" end like "voters" and are sums of money.
# fmt: off
_COUNTED_PEOPLE = frozenset({
    "customer", "client", "subscriber", "user", "visitor", "shopper", "rider", "passenger", "traveler", "traveller",
    "commuter", "tourist", "guest", "viewer", "reader", "listener", "follower", "fan", "player", "gamer",
    "spectator", "attendee", "audience", "moviegoer", "concertgoer", "patient", "shareholder", "stockholder",
    "bondholder", "policyholder", "householder", "homeowner", "owner", "tenant", "renter", "landlord", "taxpayer",
    "beneficiary", "recipient", "participant", "applicant", "claimant", "pensioner", "retiree", "borrower",
    "depositor", "saver", "donor", "volunteer", "pilgrim", "refugee", "migrant", "immigrant", "household",
    "consumer", "driver", "caller", "inhabitant", "adult", "soldier", "troop", "officer", "athlete", "trader",
    "lender", "individual", "person"
})
# fmt: on


@lru_cache(maxsize=2048)
def _people_noun(word: str) -> bool:
    """A singular noun for people: one the lexicons know ("resident", "member", "child", "customer", "patient").
    No guess from the ending: "order", "offer", "grant", "wager" and "warrant" are no people."""
    return word in _COUNTED_PEOPLE or word in _PEOPLE_NOUNS or word in PERSON_NOUNS or word in PROFESSIONS


def _plural_people_noun(doc: Doc, i: int) -> bool:
    """A plural noun for people at token i ("users", "subscribers"), as after "3b"."""
    return i < len(doc) and doc[i].tag_ == "NNS" and _people_noun(_singular(doc[i].lower_))


def _scale_of(num: _Num) -> float:
    """The multiplier of a scaled number (1e9 for "20 billion")."""
    v = abs(num.value)
    for s in (1e12, 1e9, 1e6, 1e5, 1e3, 1e2):
        if v >= s and num.scaled:
            return s
    return 1.0
