"""Stable identities of facts across file versions, for diffs and first-seen times."""

from __future__ import annotations

import re

from extract.records import Actor, Claim, Figure, Quote

_WORDS = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.findall((text or "").lower()))


def actor_key(a: Actor) -> str:
    """Actors are identified by kind and canonical name."""
    return f"actor|{a.kind}|{a.name.lower()}"


def compared_unit(f: Figure) -> str | None:
    """The unit two figures of one thing must share to be comparable: a count's noun is left out (its 'about'
    carries what is counted, and "12 were killed" and "15 people were killed" count the same dead), a rate's is
    kept ("300 meals per day" is no total of meals), as is any measure's ("5 km" is not "5 miles"), and a money
    rate's denominator ("USD per share": "$1.40 a share" is no "$2 billion")."""
    return compared_unit_of(f.kind, f.unit, f.per)


def unit_with_per(unit: str | None, per: str | None) -> str | None:
    """A unit with a money rate's denominator, as tables, exports and comparisons write it: unit USD, per share ->
    "USD per share"; without a denominator the unit alone. The one place that spelling is made."""
    return f"{unit} per {per}" if per else unit


def compared_unit_of(kind: str, unit: str | None, per: str | None = None) -> str | None:
    """compared_unit from a kind, a unit and a rate's denominator, for a figure still being built."""
    if per:
        return unit_with_per(unit, per)
    if kind == "count" and not (unit and " per " in unit):
        return None
    return unit


def figure_key(f: Figure) -> str:
    """A figure is 'the same' when it counts the same thing in the same unit in the same file, whatever its value
    (a count in whatever words it names its noun: see compared_unit)."""
    return f"figure|{f.document}|{f.kind}|{compared_unit(f) or ''}|{_norm(f.about) or _norm(f.sentence)[:80]}"


def quote_key(q: Quote) -> str:
    """Quotes are identified by their words, wherever in the file they move."""
    return f"quote|{q.document}|{_norm(q.text)}"


def claim_key(c: Claim) -> str:
    """Claims are identified by their words, wherever in the file they move."""
    return f"claim|{c.document}|{_norm(c.text)}"
