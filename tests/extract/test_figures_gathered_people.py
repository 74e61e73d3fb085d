"""Figures: a bare number of a gathering of people counts people ("a crowd of several dozen", "the more than 12,000 in
attendance", "a workforce of 3,000"); a people noun before the gathering's noun names them ("the student audience":
students), any other noun keeps it no count of people ("the robot workforce") (about/tallies.py _gathered_people)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("He was warmly greeted by a crowd of several dozen.", "people"),
    ("Brazil star Neymar was among the more than 12,000 in attendance.", "people"),
    ("The company has a workforce of 3,000.", "people"),
    ("The student audience of 300 applauded.", "student"),
    # near misses: another noun before the gathering's noun; a population (a plain number); a noun after it
    ("The factory's robot workforce of 500 never sleeps.", None),
    ("The population in the Rukban camp has fluctuated and currently is estimated at around 40,000.", None),
    # review s18 MED-3: a rating, a share written bare, a change: no head count
    ("The audience rated the show 8.5 out of 10.", None),
    ("Voter turnout was 62.3, the election commission said.", None),
    ("Attendance was down 3 from last season.", None),
    ("The crowd of 500 fans cheered.", "fan"),
]


@pytest.mark.parametrize(("text", "unit"), CASES)
def test_a_number_of_a_body_of_people_counts_people(parsed, text, unit) -> None:
    f = [f for f in figures_of(parsed, text) if f.kind != "date"][0]
    assert f.unit == unit
