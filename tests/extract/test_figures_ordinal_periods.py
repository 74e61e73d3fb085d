"""Figures: "a sixth month", "a fifth year" rank a period (an ordinal), not a share of a month; "fell by a fifth",
"a fifth of adults", "by a third last year" stay shares."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ORDINALS = [
    "Imports dropped for a sixth month.",
    "The economy grew for a fifth year.",
]


@pytest.mark.parametrize("text", ORDINALS)
def test_a_ranked_period_is_no_figure(parsed, text):
    assert figures_of(parsed, text) == []


SHARES = [
    ("Sales fell by a fifth.", 0.2),
    ("A fifth of adults smoke.", 0.2),
    ("Profits fell by a third last year.", 1 / 3),
]


@pytest.mark.parametrize(("text", "value"), SHARES)
def test_shares_stay(parsed, text, value):
    assert [round(f.value, 6) for f in figures_of(parsed, text)] == [round(value, 6)]
