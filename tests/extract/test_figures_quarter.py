"""Figures: "a quarter" before a unit is a quarter of that unit ("a quarter cup", "a quarter mile")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

QUARTERS = [
    ("A quarter cup is roughly 33 calories.", [(0.25, "cup"), (33.0, "calorie")]),
    ("The race was a quarter mile long.", [(0.25, "mile")]),
    ("Add a quarter teaspoon of salt.", [(0.25, "teaspoon")]),
    # guards: a quarter of a year, a quarter that names no unit
    ("The economy shrank a quarter ago.", []),
    ("The company reported a quarter loss.", []),
    ("He owns a quarter share of the firm.", []),
]


@pytest.mark.parametrize(("text", "expected"), QUARTERS)
def test_a_quarter_before_a_unit_is_a_quarter_of_it(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text)] == expected


# A fraction of a pound "of" something is a weight, even after a buying verb; a quarter of a time unit is that
# fraction of the unit, as "half a century" is 0.5 century.
QUARTER_POUNDS = [
    ("He bought a quarter pound of beef.", [(0.25, "quantity", "pound")]),
    ("She bought a half pound of butter.", [(0.5, "quantity", "pound")]),
    ("It has been a quarter century since the war.", [(0.25, "duration", "century")]),
    # near misses: a burger is weighed already; money words after "of" with a whole sum stay sterling
    ("He ate a quarter pound burger.", [(0.25, "quantity", "pound")]),
    ("He paid 50 pounds of his own money.", [(50.0, "money", "GBP")]),
]


@pytest.mark.parametrize(("text", "expected"), QUARTER_POUNDS)
def test_a_fraction_of_a_pound_of_something_is_a_weight(parsed, text, expected) -> None:
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text) if f.kind != "date"] == expected
