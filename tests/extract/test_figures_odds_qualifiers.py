"""Figures: hyphenated odds keep the qualifier written before them ("Nearly 1-in-4 workers": approximately 1 in 4),
as "nearly one in four" already did."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

QUALIFIED = [
    ("Nearly 1-in-4 workers quit.", "approximately", "Nearly 1-in-4"),
    ("More than one-in-five children live in poverty.", "more than", "More than one-in-five"),
]


@pytest.mark.parametrize(("text", "qualifier", "written"), QUALIFIED)
def test_odds_keep_their_qualifier(parsed, text, qualifier, written):
    assert [(f.qualifier, f.text) for f in figures_of(parsed, text)] == [(qualifier, written)]


# near misses: odds after an article have none
def test_odds_without_a_qualifier(parsed):
    figs = figures_of(parsed, "There is a 1-in-3 chance of landfall.")
    assert [(f.qualifier, f.about) for f in figs] == [(None, "chance")]
