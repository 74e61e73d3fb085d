"""Figures: an amount restated in brackets carries the bound of the first ("raise up to $12.9bn (£10bn)", "more than
10 inches (25 cm) of rain"). At base the restatement had no qualifier."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

BOUNDS = [
    ("Alibaba is set to raise up to $12.9bn (£10bn) from its listing.", ["up to", "up to"]),
    ("The deal is worth about $5 billion (£4 billion).", ["approximately", "approximately"]),
    ("The storm brought more than 10 inches (25 cm) of rain.", ["more than", "more than"]),
]


@pytest.mark.parametrize(("text", "qualifiers"), BOUNDS)
def test_a_bracketed_restatement_keeps_the_bound(parsed, text, qualifiers):
    assert [f.qualifier for f in figures_of(parsed, text)] == qualifiers


# near misses: a part in brackets, a bound of the restatement's own, a share restated as money
KEPT = [
    ("It has about 3,000 (1,200 of them in Paris) employees.", ["approximately", None]),
    ("The car costs $40,000 (about £31,000).", [None, "approximately"]),
    ("Prices rose about 5% ($2) last week.", ["approximately", None]),
]


@pytest.mark.parametrize(("text", "qualifiers"), KEPT)
def test_other_brackets_stay(parsed, text, qualifiers):
    assert [f.qualifier for f in figures_of(parsed, text)] == qualifiers
