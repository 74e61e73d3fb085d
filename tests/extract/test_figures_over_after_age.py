"""Figures: an age or a year earlier in the sentence spreads nothing across a period, so "over" before a count of
seasons stays a bound ("James, 39, has played over 20 seasons"); a count before "over" still makes it a span."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

OVER = [
    ("LeBron James, 39, has played over 20 seasons in the NBA.", 20.0, "more than"),
    ("Brady, 42, has started over 300 games.", 300.0, "more than"),
    ("In 2019 he had played over 15 seasons in the league.", 15.0, "more than"),
    # guards: a count before "over" is spread across the period
    ("Smith, 39, won three titles over two spells in charge.", 2.0, None),
    ("In 2019, he averaged 20 points over 10 seasons.", 10.0, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), OVER)
def test_over_after_an_age(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
