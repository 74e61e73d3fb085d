"""Figures (probe s27 class 5): an age in commas after a noun whose clause goes on after a second noun with its own
age ("The boy, 12, and his sister, 9, were unhurt"), and a person noun's age under 10 ("The victim, 9, was taken to
hospital"), are ages (labels._is_age). Not a thing's number joined so ("The bill, 12, and the plan, 9, were passed").
An adverb before the verb ("The party's leader, 49, now has") is not skipped: nothing tells a person from a thing
there without a lexicon of people (review s27 rev4f 4, rev5f 2)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The boy, 12, and his sister, 9, were unhurt.", "12", "boy"),
    ("The boy, 12, and his sister, 9, were unhurt.", "9", "sister"),
    ("The victim, 9, was taken to hospital.", "9", "victim"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_an_apposed_age(parsed, text, figure, about):
    got = {f.text: (f.unit, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("year of age", about), got


THINGS = [
    ("The bill, 12, and the plan, 9, were passed.", "12"),
    ("The bill, 12, and the plan, 9, were passed.", "9"),
    ("The measure, 40, also passed the Senate.", "40"),  # review s27 rev4f 4: no adverb skip for a thing
    ("The index, 25, also rose on Friday.", "25"),
    ("The chair, 12, also broke during the meeting.", "12"),  # review s27 rev5f 2: no adverb is skipped
]


@pytest.mark.parametrize(("text", "figure"), THINGS)
def test_things_have_no_age(parsed, text, figure):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert figure in got and got[figure] != "year of age", got
