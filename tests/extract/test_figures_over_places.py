"""Figures (engine probe s30 P210 HIGH): 'its air defenses had downed 84 Ukrainian drones over 11 regions' gave 'over
11' with qualifier 'more than' (a reporter would copy 'more than 11 regions'). An 'over' the parse hangs on a verb
that has an object of its own, with places for its object, says where: no bound. 'affected over 11 regions' (the
places are the object) and 'sold over 500 cars' stay bounds."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PLACES = [
    ("Russia said its air defenses had downed 84 Ukrainian drones over 11 regions.", "11"),
    ("The army fired missiles over 3 districts.", "3"),
]


@pytest.mark.parametrize(("text", "figure"), PLACES)
def test_over_places_is_where(parsed, text, figure):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert figure in got and got[figure] is None, got


BOUNDS = [
    ("The storm affected over 11 regions.", "over 11"),
    ("The company sold over 500 cars.", "over 500"),
    ("He spent over 10 years there.", "over 10 years"),
]


@pytest.mark.parametrize(("text", "figure"), BOUNDS)
def test_over_an_amount_is_a_bound(parsed, text, figure):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert got.get(figure) == "more than", got
