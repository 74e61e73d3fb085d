"""Figures: a level followed by a time counts no time ("Jobless claims fell to 210,000 last week" gave about None:
the parse fallback took 'week' as the counted noun, a unit word that is then dropped; "fell to 210,000 yesterday"
even counted 'yesterday'). The clause's subject is what the level measures."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, unit_of

CASES = [
    ("Jobless claims fell to 210,000 last week.", "210,000", "Jobless claims", None),
    ("Jobless claims fell to 210,000 last week, down from 225,000.", "225,000", "Jobless claims", None),
    ("Claims fell to 210,000 yesterday.", "210,000", "Claims", None),
    ("Home sales slipped to 5.3 million last month.", "5.3 million", "Home sales", None),
    # kept: a counted noun after the number, a time after the noun
    ("The plant hired 300 workers last week.", "300", "workers", "worker"),
    ("Orders rose to 12,000 this month.", "12,000", "Orders", None),
]


@pytest.mark.parametrize(("text", "figure", "about", "unit"), CASES)
def test_a_time_after_a_level_is_not_counted(parsed, text, figure, about, unit):
    got = {f.text: (f.about, unit_of(f)) for f in figures_of(parsed, text)}
    assert got.get(figure) == (about, unit), got
