"""Figures: a unit symbol after a slash is a rate's denominator ("200 mg/dL", "50 mg/L.", "9.8 m/s2"), not a word
of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

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
    assert (_unit(f), f.about) == (unit, about)


# Money and measures read a slash's denominator alike ("$4.99/lb" as "$3.49/gal"), and a letter that names a
# weighting or class after a slash is no unit ("90 dB/A": A-weighted decibels, not per ampere).
SLASH_DENOMINATORS = [
    ("Beef costs $4.99/lb at the store.", 4.99, "USD per pound", "$4.99/lb"),
    ("The speaker played music at 90 dB/A levels.", 90, "decibel", "90 dB"),
    # near misses: a volume, a time, a watt and a noun after a slash stay rates
    ("Gas costs $3.49/gal now.", 3.49, "USD per gallon", "$3.49/gal"),
    ("The plan costs $9.99/mo.", 9.99, "USD per month", "$9.99/mo"),
    ("Solar now costs $2.50/W to install.", 2.5, "USD per watt", "$2.50/W"),
    ("Tickets are $10/person.", 10, "USD per person", "$10/person"),
    ("Nitrate levels hit 50 mg/L.", 50, "milligram per litre", "50 mg/L"),
]


@pytest.mark.parametrize(("text", "value", "unit", "span"), SLASH_DENOMINATORS)
def test_a_slash_denominator_is_read_alike_for_money_and_measures(parsed, text, value, unit, span) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (_unit(f), f.text) == (unit, span)


# probe s28 F14: a slash unit closing a sentence keeps out the full stop (a token of its own since the pipeline
# splits "h."), and what it measures is in its own sentence, not the next one's subject
SENTENCE_END = [
    ("Gusts reached 110 km/h. Temperatures will drop to minus 15 degrees.", 110, "110 km/h", "Gusts"),
    ("The car was doing 140 km/h. Police said the driver, 19, was unhurt.", 140, "140 km/h", "car"),
    ("Winds of up to 50 km/h.", 50, "up to 50 km/h", "Winds"),
]


@pytest.mark.parametrize(("text", "value", "span", "about"), SENTENCE_END)
def test_a_slash_unit_ends_before_the_full_stop(parsed, text, value, span, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.text, f.about) == (span, about)
