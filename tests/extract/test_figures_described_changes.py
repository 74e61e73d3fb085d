"""Figures: a participle describing a change's size between "by" and the figure ("shrank by an annualized 7.1
percent", "rose by a seasonally adjusted 0.3%") leaves the change its direction: both had none (the words skipped
back to the verb were determiners and adjectives only, and the tagger calls "annualized", "adjusted" verbs)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CHANGES = [
    ("The country's GDP shrank by an annualized 7.1 percent.", "7.1 percent", "down"),
    ("GDP grew by an annualized 7.1 percent.", "7.1 percent", "up"),
    ("Retail sales rose by a seasonally adjusted 0.3% in May.", "0.3%", "up"),
]


@pytest.mark.parametrize(("text", "figure", "direction"), CHANGES)
def test_a_described_change_keeps_its_direction(parsed, text, figure, direction):
    assert [f.direction for f in figures_of(parsed, text) if f.text == figure] == [direction]


# near misses: a participle before a measure that is no change's size
KEPT = [
    ("He was hit by a speeding 2-ton truck.", "2-ton"),
    ("The room was lit by a flickering 40-watt bulb.", "40-watt"),
]


@pytest.mark.parametrize(("text", "figure"), KEPT)
def test_no_change_no_direction(parsed, text, figure):
    assert [f.direction for f in figures_of(parsed, text) if f.text == figure] == [None]
