"""Figures: a comparative before a number bounds it ("longer than 72 hours"), and "no" turns the bound round
("no longer than 72 hours" is at most 72)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

BOUNDS = [
    ("Guidelines recommend holding people no longer than 72 hours.", 72.0, "at most"),
    ("The rate will be no higher than 3 percent.", 3.0, "at most"),
    ("Sentences must be no shorter than five years.", 5.0, "at least"),
    ("The wait was longer than 72 hours.", 72.0, "more than"),
    ("The flight was shorter than two hours.", 2.0, "less than"),
    # guards: the plain bounds keep their reading, and a comparative after the number is no bound of it
    ("The rate was higher than 3 percent.", 3.0, "more than"),
    ("The law allows no more than 50 people at a gathering.", 50.0, "at most"),
    ("The bridge is 200 metres longer than the old one.", 200.0, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), BOUNDS)
def test_comparative_bounds(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
