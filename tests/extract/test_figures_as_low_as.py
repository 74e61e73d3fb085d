"""Figures (engine probe s30 P195 MED): 'cut prices ... to as low as 55,800 yuan' gave no qualifier (and the figure
left 'as low as' out). 'as low as', 'as little as', 'as few as' before a number are the low end of what is offered or
found: 'at least' (prices from 55,800 yuan), as 'as high as' is 'up to'. Seen on two of the 160 articles: 'prices as
low as $2,299', 'on sale for as low as $29'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The company cut prices on some models to as low as 55,800 yuan.", "as low as 55,800 yuan", "at least"),
    ("The brick goes on sale for as little as $29.", "as little as $29", "at least"),
    ("Rents rose to as high as $3,000.", "as high as $3,000", "up to"),  # as before
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), CASES)
def test_the_low_end(parsed, text, figure, qualifier):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert got.get(figure) == qualifier, got
