"""Figures (brief s29, s28 probe F5): "two or three thousand people": the first number of an alternative takes the
scale word of the second (2,000 people, not 2), as "five or six billion dollars" already did for money."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SCALED = [
    ("Two or three thousand people gathered in the square.", "Two", 2000.0, "people"),
    ("One or two million refugees may cross the border.", "One", 1e6, "refugee"),
    ("Between 20 or 30 thousand workers joined the strike.", "20", 20000.0, "worker"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), SCALED)
def test_the_first_of_an_alternative_takes_the_scale(parsed, text, figure, value, unit):
    got = {f.text: (f.value, f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (value, "count", unit), got


KEPT = [
    ("Two or three people were hurt.", "Two", 2.0),  # no scale word
    ("2 or 3,000 people came.", "2", 2.0),  # the second written whole
    ("Two of the three thousand workers quit.", "Two", 2.0),  # a partitive
    ("Two, three thousand people came.", "Two", 2.0),  # no "or"
]


@pytest.mark.parametrize(("text", "figure", "value"), KEPT)
def test_no_scale_without_an_alternative(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


def test_a_range_keeps_its_midpoint(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "The war displaced two to three million people.")}
    assert got == {"two to three million": 2.5e6}, got
