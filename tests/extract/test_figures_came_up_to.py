"""Figures (lead s26 inbox, probe class 9): "came up to N" is a level reached, as "went up to N" is, not a bound
("The water came up to two metres": no 'up to' qualifier); a verb that takes a bounded object keeps the bound."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("In the lower town the floodwater came up to 1.5 metres.", "1.5 metres", None),
    ("The river came up to three feet inside the shops.", "three feet", None),
    ("The deal could bring up to 5,000 jobs to the region.", "up to 5,000", "up to"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), CASES)
def test_came_up_to_is_a_level(parsed, text, figure, qualifier):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == qualifier, got
