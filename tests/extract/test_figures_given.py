"""Figures: a measure given to something ("giving the car 355 horsepower") is that thing's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

GIVEN = [
    ("A second motor could be installed, giving the car 355 horsepower.", 355.0, "car"),
    # guards: an "of" object says what the measure is; no recipient leaves the subject
    ("The new design gives the phone 6 inches of screen.", 6.0, "screen"),
    ("The engine makes 300 horsepower.", 300.0, "engine"),
]


@pytest.mark.parametrize(("text", "value", "about"), GIVEN)
def test_a_measure_given_to_something_is_its(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
