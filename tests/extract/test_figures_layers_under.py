"""Figures (probe s30 P80 MED): 'Margaret Hollis found her kitchen buried under eight inches of mud' gave 'under
eight inches' with qualifier 'less than'. An 'under' of place (after a noun, or a verb of lying, being held or
covered) whose object is a length of something measures the layer on top: no bound. Elsewhere 'under' is a bound."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LAYERS = [
    ("Margaret Hollis found her kitchen buried under eight inches of mud.", "eight inches"),
    ("The village lay under two metres of water.", "two metres"),
    ("The town was under 3 feet of snow.", "3 feet"),
    ("Cars were trapped under a foot of snow.", "a foot"),
]


@pytest.mark.parametrize(("text", "figure"), LAYERS)
def test_a_layer_under_is_no_bound(parsed, text, figure):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert figure in got and got[figure] is None, got


BOUNDS = [
    ("Under two inches of rain fell overnight.", "Under two inches"),
    ("Forecasters expect under two inches of rain.", "under two inches"),
    ("The winner was under 5 feet tall.", "under 5 feet"),
    ("He won under 10 percent of the vote.", "under 10 percent"),
    ("The package weighs under 2 pounds.", "under 2 pounds"),
]


@pytest.mark.parametrize(("text", "figure"), BOUNDS)
def test_other_unders_are_bounds(parsed, text, figure):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert got.get(figure) == "less than", got


# review revB-R3: an amount left or expected, and a copula without a place for its subject, stay bounds
MORE_BOUNDS = [
    ("Rainfall is expected to be under two inches of rain this week.", "under two inches"),
    ("The storm left under two inches of rain in the city.", "under two inches"),
    ("Most of the county remained under an inch of snow.", "under an inch"),
]


@pytest.mark.parametrize(("text", "figure"), MORE_BOUNDS)
def test_amounts_under_stay_bounds(parsed, text, figure):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert got.get(figure) == "less than", got
