"""Figures: a market that "settled up"/"settled down" an amount or a share closed higher or lower by it (Reuters'
commodity copy: "Brent crude futures settled down 23 cents, or 0.4%"). At base 'settled down' was read as the
phrasal 'settle down' and 'settled up' as 'set up' (its stem), so neither move had a direction."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SETTLED = [
    ("Brent crude futures settled down 23 cents, or 0.4%, at $62.37 a barrel.", ["down", "down", None]),
    ("Brent crude futures settled up 51 cents, or 0.8%, at $63.37 a barrel.", ["up", "up", None]),
    ("The index settled down 20 points on Friday.", ["down"]),
]


@pytest.mark.parametrize(("text", "directions"), SETTLED)
def test_a_settled_move_has_its_direction(parsed, text, directions):
    assert [f.direction for f in figures_of(parsed, text)] == directions


# near misses: the phrasal 'settle down' with a distance, 'set up' a fund, a move after 'settled'
KEPT = [
    ("The couple settled down 20 miles from the city.", [None]),
    ("They set up a $5 million fund.", [None]),
    ("Gold settled 0.5% higher at $1,470.", ["up", None]),
]


@pytest.mark.parametrize(("text", "directions"), KEPT)
def test_other_particles_stay(parsed, text, directions):
    assert [f.direction for f in figures_of(parsed, text)] == directions
