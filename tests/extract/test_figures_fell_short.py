"""Figures: "fell short of N" is a level not reached, a bound ('<'), not a fall by N. At base 'Sales fell short of
$1 billion' was down as well as '<' (the scorer's change reads the direction first: 'down')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHORT = [
    "Sales fell short of $1 billion.",
    "Sales fell just shy of $1 billion.",
]


@pytest.mark.parametrize("text", SHORT)
def test_falling_short_is_a_bound(parsed, text):
    assert [(f.qualifier, f.direction) for f in figures_of(parsed, text)] == [("less than", None)]


# near misses: a real fall before the bound, a fall below a level (already no direction), a plain fall
KEPT = [
    ("Sales fell 5% to just short of $1 billion.", [(None, "down"), ("less than", None)]),
    ("Shares slipped below $20.", [("less than", None)]),
    ("Sales fell $1 billion.", [(None, "down")]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_falls_stay(parsed, text, rows):
    assert [(f.qualifier, f.direction) for f in figures_of(parsed, text)] == rows
