"""Figures: a multiplier followed by the new level keeps its own value ("Revenue jumped threefold to 1.2 billion
euros": 3, not 3 billion euros)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

FOLDS = [
    "Revenue jumped threefold to 1.2 billion euros.",
    "Revenue jumped nearly threefold, to 1.2 billion euros.",
]


@pytest.mark.parametrize("text", FOLDS)
def test_a_multiplier_takes_no_unit_of_the_level_after(parsed, text):
    figs = figures_of(parsed, text)
    assert [(f.value, f.kind, f.unit) for f in figs] == [(3.0, "number", None), (1.2e9, "money", "EUR")]


# near miss: a bare number before a unit still shares it
def test_a_bare_number_still_shares_the_unit(parsed):
    figs = figures_of(parsed, "Tickets cost eight or nine euros.")
    assert [(f.value, f.unit) for f in figs] == [(8.0, "EUR"), (9.0, "EUR")]
