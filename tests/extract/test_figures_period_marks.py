"""Figures: wire copy's period-on-period marks ("m/m", "y/y") are when a change is measured, not what changed
("Prices rose 0.5 pct m/m." gave about 'm/m.'): the change is its subject's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MARKS = [
    ("Prices rose 0.5 pct m/m.", "Prices"),
    ("Core inflation rose 0.2 percent m/m.", "Core inflation"),
]


@pytest.mark.parametrize(("text", "about"), MARKS)
def test_a_period_mark_is_no_about(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]


# near misses: a mark in the middle, and a word that only looks like one ("Mom"), stay
KEPT = [
    ("Sales rose 3.2% y/y in October.", "Sales"),
    ("Mom earned $50,000 last year.", "Mom"),
]


@pytest.mark.parametrize(("text", "about"), KEPT)
def test_other_abouts_stay(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]
