"""Figures: "over" before a stretch of time spans it ("over two spells in charge", "over three days"), but after
"for" or a verb of lasting it bounds it ("jailed for over two years", "It lasted over two hours")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

OVER = [
    ("Mourinho won three Premier League titles over two spells in charge of Chelsea.", 2.0, None),
    ("He was jailed for over two years.", 2.0, "more than"),
    ("It lasted over two hours.", 2.0, "more than"),
    ("He waited over three years for a transplant.", 3.0, "more than"),
    # guards: a period spanned, and counts of things over a number
    ("The talks were held over three days.", 3.0, None),
    ("Over 300 people attended.", 300.0, "more than"),
    ("The club has used over 30 players this season.", 30.0, "more than"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), OVER)
def test_over_a_period(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
