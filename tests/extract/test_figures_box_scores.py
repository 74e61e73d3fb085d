"""Figures: a box score's player entries ("Davis 12-15 3-4 34, James 9-17 5-6 25") are made-attempted pairs and
points of a stat table, no figures (they gave "15", a range "3-4" of 3.5 and "34" before); the story's own figures
stay."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

BOX = (
    "MIAMI (AP) — Jimmy Butler scored 27 points.\nLAKERS (112)\nDavis 12-15 3-4 34, James 9-17 5-6 25, "
    "Green 2-6 0-0 6.\nTotals 40-85 20-25 112."
)


def test_box_score_entries_are_no_figures(parsed):
    assert [(f.value, f.unit) for f in figures_of(parsed, BOX)] == [(27.0, "point")]


# near misses: ranges in prose, and pairs that are no made-attempted pairs, stay
KEPT = [
    ("Prices rose 5-6 percent.", [5.5]),
    ("Bucks 12-4 5-6 34, Heat 9-7 5-6 25.", [34.0, 25.0]),
]


@pytest.mark.parametrize(("text", "values"), KEPT)
def test_other_pairs_stay(parsed, text, values):
    assert [f.value for f in figures_of(parsed, text)] == values
