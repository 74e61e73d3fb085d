"""Figures (lead s26 inbox, probe class 4's in-document pair): a bare number a speech verb takes as its object is
another source's figure for what the sentence's earlier figure measures, not a count of the speakers ("Organisers
put the turnout at half a million, while police said 80,000": turnout, not police). With no figure before it in
the sentence it has no about."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Organisers put attendance at 200,000, while police said 45,000.", "45,000", "attendance"),
    ("Organizers estimated the crowd at 50,000; police said 20,000.", "20,000", "crowd"),
    ("The union claimed 10,000 marchers, but police said 3,000.", "3,000", "marchers"),
    ("The minister said 40,000 on Monday.", "40,000", None),
    # review s26 rev4 MED: an earlier count that describes a thing is no parallel statement
    ("The mayor of the city of 80,000 residents said 2,500.", "2,500", None),
    ("The blaze gutted a six-storey building, and a medic said 7.", "7", None),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_said_number_is_about_the_earlier_figure(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got


def test_a_said_count_keeps_its_noun(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "Police said 12 were hurt.")}
    assert got.get("12") == "people", got
