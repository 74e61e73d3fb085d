"""Figures: a vague number with no noun that marches, protests, rallies, gathers, flees or attends is a crowd of
people ("Thousands marched in Hong Kong": a count of people, as "Hundreds were arrested" already was)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CROWDS = [
    ("Thousands marched in Hong Kong.", 1000.0),
    ("Hundreds of thousands marched in Hong Kong.", 100000.0),
    ("Tens of thousands protested on Sunday.", 10000.0),
    ("Thousands attended the funeral.", 1000.0),
]


@pytest.mark.parametrize(("text", "value"), CROWDS)
def test_a_crowd_counts_people(parsed, text, value):
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == [(value, "count", "people")]


# near misses: a noun of its own is counted; another verb says nothing of people
KEPT = [
    ("Thousands of birds gathered.", "bird"),
    ("Millions watched the debate.", None),
]


@pytest.mark.parametrize(("text", "unit"), KEPT)
def test_other_vague_numbers_stay(parsed, text, unit):
    assert [f.unit for f in figures_of(parsed, text)] == [unit]


# review s22 r1 LOW-5: a plain number with no noun that protests or marches is a crowd too; "The two" refers
DIGIT_CROWDS = [
    ("Over 100,000 protested in Paris on Saturday.", 100000.0),
    ("About 5,000 marched through the city.", 5000.0),
]


@pytest.mark.parametrize(("text", "value"), DIGIT_CROWDS)
def test_a_plain_number_crowd_counts_people(parsed, text, value):
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == [(value, "count", "people")]


def test_a_determiner_number_refers(parsed):
    assert figures_of(parsed, "The two marched.") == []
