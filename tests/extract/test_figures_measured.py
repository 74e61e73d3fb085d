"""Figures: a measure that stands before a noun as its modifier measures that noun ("a 300 MW solar power station"),
however the parse hung the unit."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

MEASURED_NOUNS = [
    ("The company will build a 300 MW solar power station near the city.", 300.0, "solar power station"),
    ("There will be 150 kW DC fast charging support.", 150.0, "DC fast charging support"),
    ("A 22 kW second on-board charging device is an option.", 22.0, "second on-board charging device"),
    # guards: a time after the measure is when, a change noun leaves what changes to the parse, an age its person
    ("He ran 5 km Sunday morning.", 5.0, None),
    ("She ran 5 km yesterday.", 5.0, None),
    ("Audi promises only a 0.8-inch cut in headroom versus the SUV.", 0.8, "headroom"),
    ("A 43-year-old-man began feeling extreme fatigue.", 43.0, "man"),
    ("The plant has a 2 GW capacity.", 2.0, "capacity"),
]


@pytest.mark.parametrize(("text", "value", "about"), MEASURED_NOUNS)
def test_a_measure_before_a_noun_measures_it(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
