"""Figures: an adverb of direction between the two levels of a move ("from 450 million down to 350 million",
"from $10 back to $12") leaves them one pair: the second level measures what the first does. At base the second
level had no about ("reducing the world population from an estimated 450 million down to 350–375 million")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PAIRS = [
    (
        "The plague reduced the world population from an estimated 450 million down to 350–375 million.",
        ["world population", "world population"],
    ),
    ("The war cut the population from 450 million down to 350 million.", ["population", "population"]),
    ("The company cut its staff from 500 down to 300.", ["staff", "staff"]),
]


@pytest.mark.parametrize(("text", "abouts"), PAIRS)
def test_the_second_level_measures_the_same(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: the plain pair, a change and its start, a span of prices (one range)
KEPT = [
    ("The rate fell from 5% to 4%.", [("rate", None), ("rate", None)]),
    ("The number dropped from 300, down 20 percent.", [("number", None), ("number", "down")]),
    ("Prices ranged from $10 to $12.", [("Prices", None)]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_levels_stay(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows
