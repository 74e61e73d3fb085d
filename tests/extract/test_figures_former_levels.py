"""Figures (engine probe s30 P120, P171 MED): a former level 'up/down from' right after a level measures the same
thing. 'stockpile of 60% uranium at 274.8 kilograms, up from 182.3 kg in February' gave 182.3 kg about the agency
(a level with its own unit was left to the parse); 'winning 40.2% of the vote, down from 57.5% five years ago' gave
57.5% about the sentence's subject ('of the vote' after the first level hid the comparison). Now both take the
first level's about."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "The International Atomic Energy Agency estimates Iran's stockpile of 60% uranium at 274.8 kilograms, "
        "up from 182.3 kg in February.",
        "182.3 kg",
        "stockpile",
    ),
    ("The ANC fell short of a majority, winning 40.2% of the vote, down from 57.5% five years ago.", "57.5%", "vote"),
    # as before
    ("The toll climbed to 120 on Sunday, up from 95.", "95", "toll"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_former_level_measures_the_same(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
