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
