"""Figures: a unit symbol after a slash is a rate's denominator ("200 mg/dL", "50 mg/L.", "9.8 m/s2"), not a word
of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

SLASH_UNITS = [
    ("Blood sugar was 200 mg/dL, doctors said.", 200, "milligram per decilitre", "Blood sugar"),
    ("Nitrate levels hit 50 mg/L.", 50, "milligram per litre", "Nitrate levels"),
    ("Cholesterol was 5.2 mmol/L.", 5.2, "millimole per litre", "Cholesterol"),
    ("Objects fall with an acceleration of 9.8 m/s2 near the ground.", 9.8, "metre per square second", "acceleration"),
    # near misses: rates with a time or a unit of the table after the slash, read before
    ("The probe reached 50 km/s.", 50, "kilometre per second", "probe"),
    ("The limit is 10 µg/m3.", 10, "microgram per cubic metre", "limit"),
    ("The plan costs $9.99/mo.", 9.99, "USD per month", "plan"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), SLASH_UNITS)
def test_a_unit_symbol_after_a_slash_is_a_denominator(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.unit, f.about) == (unit, about)
