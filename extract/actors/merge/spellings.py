"""Close spellings of one name ("Organisation"/"Organization", "Zelenskiy"/"Zelenskyy"; not "Steve Castor"/"Steve
Castro")."""

from __future__ import annotations

from rapidfuzz import fuzz

from extract.repair import zipf


def _kinds_compatible(a: str, b: str) -> bool:
    return a == b or {a, b} <= {"organization", "place"}


def _similar(a: str, b: str, person: bool = False) -> bool:
    """Same number of words, each close, and the whole close: a variant spelling of one name. People's first
    names must be the same: "Ivanka Trump" is not "Ivana Trump"; their other words must not be two common names
    (see NAME_WORD_ZIPF)."""
    if a == b or min(len(a), len(b)) < 8 or a[0] != b[0] or abs(len(a) - len(b)) > 3:
        return False
    ta, tb = a.split(), b.split()
    if len(ta) != len(tb) or (person and len(ta) > 1 and ta[0] != tb[0]):
        return False
    if fuzz.ratio(a, b) < 90:
        return False
    return all(
        x == y or (min(len(x), len(y)) >= 4 and fuzz.ratio(x, y) >= 80 and not (person and _two_names(x, y)))
        for x, y in zip(ta, tb, strict=True)
    )


NAME_WORD_ZIPF = 3.0
"""Two spellings of a person's name word that are each this common in English are two names, not one spelled two
ways: "Steve Castor" and "Steve Castro" are two people; "Zelenskiy" and "Zelenskyy", "Qaddafi" and "Gaddafi" are
one person's (the rarer spelling is a transliteration)."""


def _two_names(x: str, y: str) -> bool:
    return zipf(x) >= NAME_WORD_ZIPF and zipf(y) >= NAME_WORD_ZIPF
