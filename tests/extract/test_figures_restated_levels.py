"""Figures: after a change restated as a share and closed by a comma ("gained 12 cents, or 1.1%, to $10.95",
"settled down 23 cents, or 0.4%, at $62.37 a barrel"), the level reached measures what moved. At base the parse
hung the level on "cents" and it was about 'cents'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LEVELS = [
    ("The stock gained 12 cents, or 1.1%, to $10.95.", "stock"),
    ("Brent crude futures settled down 23 cents, or 0.4%, at $62.37 a barrel.", "Brent crude futures"),
]


@pytest.mark.parametrize(("text", "about"), LEVELS)
def test_the_level_after_a_restated_change_is_the_subjects(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about, about, about]


# near misses: no comma, a comma before a clause with a figure of its own, a comma before no level
KEPT = [
    ("U.S. crude rose 40 cents to $57.10 a barrel.", ["U.S. crude", "U.S. crude"]),
    ("Exports rose 4%, at a time when imports fell 2%.", ["Exports", "imports"]),
    ("Sales rose 5%, to a record, and profit hit $2 billion.", ["Sales", "profit"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_levels_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
