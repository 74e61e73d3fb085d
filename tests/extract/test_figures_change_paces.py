"""Figures: a figure giving the pace of a change ("The economy grew at a 2.1% annual rate", "grew at an annual rate
of 2.1%", "rose at an annual pace of 3%") moves the way the verb does and measures the verb's subject: all had no
direction and the about 'annual rate' / 'pace' (GDP reports write growth so)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PACES = [
    ("The economy grew at an annual rate of 2.1%.", "2.1%", "up", "economy"),
    ("The economy grew at a 2.1% annual rate.", "2.1%", "up", "economy"),
    ("The economy grew at a 2.1% pace in the third quarter.", "2.1%", "up", "economy"),
    ("Prices rose at an annual pace of 3%.", "3%", "up", "Prices"),
    ("Sales fell at a rate of 3% a year.", "3% a year", "down", "Sales"),  # a rate: test_figures_percent_rates
]


@pytest.mark.parametrize(("text", "figure", "direction", "about"), PACES)
def test_the_pace_of_a_change_moves_its_way(parsed, text, figure, direction, about):
    assert [(f.direction, f.about) for f in figures_of(parsed, text) if f.text == figure] == [(direction, about)]


# near misses: a rate of no change verb
KEPT = [
    ("The loan carries an interest rate of 5%.", "5%"),
    ("He drove at a speed of 60 mph.", "60 mph"),
    # review s24 round 3, finding D: an amount at an annual rate is a level
    ("Consumer spending rose at a $14 trillion annual rate.", "$14 trillion"),
]


@pytest.mark.parametrize(("text", "figure"), KEPT)
def test_a_rate_of_no_change_has_no_direction(parsed, text, figure):
    assert [f.direction for f in figures_of(parsed, text) if f.text == figure] == [None]
