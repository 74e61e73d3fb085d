"""Figures: a change joined by "and"/"or" to a change with a time of its own moves the same way ("expects the
economy to grow 2.5 percent this year and 2.8 percent next year": both up). At base the time between the two
("this year") stopped the second from taking the first's direction."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

JOINED = [
    ("The bank expects the economy to grow 2.5 percent this year and 2.8 percent next year.", ["up", "up"]),
    ("Profits fell 4% last year and 6% the year before.", ["down", "down"]),
]


@pytest.mark.parametrize(("text", "directions"), JOINED)
def test_a_joined_change_after_a_time_moves_the_same_way(parsed, text, directions):
    assert [f.direction for f in figures_of(parsed, text)] == directions


# near misses: a share that opens a noun phrase of its own after the time; no change before
KEPT = [
    ("Sales rose 5% last year and 7% of staff left.", ["up", None]),
    ("The firm held 5% last year and 7% this year.", [None, None]),
]


@pytest.mark.parametrize(("text", "directions"), KEPT)
def test_other_joined_figures_stay(parsed, text, directions):
    assert [f.direction for f in figures_of(parsed, text)] == directions
