"""Figures: a level crossed is a lower bound ("the toll climbed past 1,000", "Bitcoin crossed $60,000")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CROSSED = [
    ("Deaths climbed past 1,000.", 1000.0, "more than"),
    ("The index surged past 30,000 points.", 30000.0, "more than"),
    ("Bitcoin crossed $60,000 on Tuesday.", 60000.0, "more than"),
    ("Sales have eclipsed 2 million units.", 2e6, "more than"),
    ("The deficit breached 3 percent of output.", 3.0, "more than"),
    # guards: past a place, the past years and the clock are no bound
    ("He walked past 20 houses.", 20.0, None),
    ("Prices rose over the past 10 years.", 10.0, None),
    ("It happened in the past 10 years.", 10.0, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), CROSSED)
def test_a_level_crossed_is_a_floor(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "about"),
    [("Deaths climbed past 1,000.", "Deaths"), ("The death toll climbed past 1,000 on Sunday.", "death toll")],
)
def test_a_level_crossed_is_about_what_climbed(parsed, text, about) -> None:
    assert one_of(figures_of(parsed, text), 1000.0).about == about
