"""Figures: a measure with its own unit does not modify a noun across "and" ("a range of up to 4km and battery
life of 30 minutes": the 4km is the range's), while two measures before one noun share it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CONJOINED = [
    ("With a range of up to 4km and battery life of 30 minutes, it is cheap.", 4.0, "range"),
    ("With a range of up to 4km and battery life of 30 minutes, it is cheap.", 30.0, "battery life"),
    # guards: a second figure after "and" shares the noun
    ("The two versions offer 71 kWh and 95 kWh of battery capacity.", 71.0, "battery capacity"),
    ("It offers 8GB and 16GB memory options.", 8.0, "memory options"),
]


@pytest.mark.parametrize(("text", "value", "about"), CONJOINED)
def test_a_measure_does_not_modify_a_noun_across_and(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
