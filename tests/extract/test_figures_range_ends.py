"""Figures: a range whose second end the parse hangs on the first ("revenue of between $5 billion and $5.2
billion") measures what the first end reaches (revenue); at base it took the second end's reading, the clause's
subject ('company')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

RANGES = [
    ("The company expects revenue of between $5 billion and $5.2 billion.", "revenue"),
]


@pytest.mark.parametrize(("text", "about"), RANGES)
def test_a_range_measures_what_its_first_end_reaches(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]


# near misses: the unit written once after the second end, a noun after the range, a span of values
KEPT = [
    ("Between 2,000 and 3,000 people marched in the capital.", ["people"]),
    ("He ate 8-9 ripe pears.", ["ripe pears"]),
    ("Prices ranged from $20 to $50.", ["Prices"]),
    ("The company expects to cut between 5% and 7% of its workforce.", ["workforce"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_ranges_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
