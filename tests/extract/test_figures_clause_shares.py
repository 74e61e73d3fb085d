"""Figures: a share "of X" that is the subject of its own clause after "and" lends X to nothing before it: 'Profit
fell 4% and 10% of workers were laid off' gave the 4% 'workers', 'Sales rose 5%, and 7% of staff left' 'staff'
(the rule for '71 kWh and 95 kWh of battery capacity' took any 'of' after the second figure)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CLAUSES = [
    ("Profit fell 4% and 10% of workers were laid off.", "4%", "Profit"),
    ("Sales rose 5%, and 7% of staff left.", "5%", "Sales"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CLAUSES)
def test_a_share_opening_a_clause_lends_nothing(parsed, text, figure, about):
    assert [f.about for f in figures_of(parsed, text) if f.text == figure] == [about]


# near misses: a noun shared by two figures of one phrase
SHARED = [
    ("The cars have 71 kWh and 95 kWh of battery capacity.", "71 kWh", "battery capacity"),
    ("It won 40% and 45% of the votes in the two rounds.", "40%", "votes"),
]


@pytest.mark.parametrize(("text", "figure", "about"), SHARED)
def test_a_shared_noun_still_counts_for_both(parsed, text, figure, about):
    assert [f.about for f in figures_of(parsed, text) if f.text == figure] == [about]
