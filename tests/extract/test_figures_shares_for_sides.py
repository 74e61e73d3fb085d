"""Figures (engine probe s30 P40 MED): 'The Peronist opposition won 47.3 percent of the vote against 33.7 percent for
La Libertad Avanza' gave 33.7 percent about the subject (the Peronist opposition), and 'taken 50.49% of the vote
against 48.85% for opposition leader Raila Odinga' 48.85% about 'electoral commission': a reporter would swap the
parties. A share set against another ('against', 'compared with', 'versus') and 'for' a named side is that side's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "The Peronist opposition won 47.3 percent of the vote against 33.7 percent for La Libertad Avanza.",
        "33.7 percent",
        "La Libertad Avanza",
    ),
    (
        "Ruto said he had taken 50.49% of the vote against 48.85% for opposition leader Raila Odinga.",
        "48.85%",
        "Raila Odinga",
    ),
    ("The party won 40% of the vote, compared with 35% for Labour.", "35%", "Labour"),
    ("The party won 40% of the vote, compared with 35% for Labour.", "40%", "vote"),  # as before
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_share_for_a_side_is_the_sides(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
