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
    # review r2 HIGH-5: a budget window after the noun 'spending' is no bound
    ("The bill includes $550 billion in spending over 10 years.", 10.0, None),
    ("The plan calls for $1.2 trillion in new spending over eight years.", 8.0, None),
    ("Congress approved $40 billion in military spending over five years.", 5.0, None),
    # review r2 MED-6: seasons counted with nothing spread across them are a bound
    ("He played over 15 seasons in the NBA.", 15.0, "more than"),
    ("The coach has led the team over 20 seasons.", 20.0, "more than"),
    ("He averaged 20 points over 10 seasons.", 10.0, None),
    ("The club has used over 30 players this season.", 30.0, "more than"),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), OVER)
def test_over_a_period(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
