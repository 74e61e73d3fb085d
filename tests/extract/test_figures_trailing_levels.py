"""Figures: a trailing ", up 35%" after a clause whose object is given a level by "of" ("Amazon's cloud unit
posted revenue of $9 billion, up 35% from a year ago") moves that object (revenue), not the clause's subject. At
base the change was about 'cloud unit'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LEVELS = [
    ("Amazon's cloud unit posted revenue of $9 billion, up 35% from a year ago.", ["revenue", "revenue"]),
    ("The bank's unit reported net income of $2 billion, down 5%.", ["net income", "net income"]),
]


@pytest.mark.parametrize(("text", "abouts"), LEVELS)
def test_a_trailing_change_moves_the_object_with_a_level(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: money for object (the subject's), a plural object (as before), a level after "at"
KEPT = [
    ("The company earned $2 billion, up 5%.", ["company", "company"]),
    ("Dealers sold 303,417 new vehicles, up 4 percent from the previous year.", ["vehicles", "vehicles"]),
    ("Shares closed at $185, up 0.35%.", ["Shares", "Shares"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_trailing_changes_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
