"""Figures: a count next to a bare clause whose subject is people (lead s25 probe review, class 2). After a word
that compares figures, "short of the 40,000 analysts had expected" gives what analysts expected, not a count of
analysts, also when the parse hangs the clause on an earlier noun or makes "below" the clause's mark. With no
comparing word the people stay counted ("The factory the 300 workers had built closed")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, unit_of

COUNTS = [
    ("The plant made 30,000 cars, well short of the 40,000 analysts had expected.", "40,000", "cars", "car"),
    ("The firm hired 900 staff, far below the 1,500 investors had hoped for.", "1,500", "staff", "staff"),
    # after "short of the": a forecasting verb the tagger read as a participle (VBN), or that the parse hung on the
    # main verb (advcl) with no auxiliary
    (
        "Rivian delivered 13,000 vehicles in the third quarter, up 8% from a year earlier but short of the 15,000"
        " analysts expected.",
        "15,000",
        "vehicles",
        "vehicle",
    ),
    (
        "Nio delivered 25,000 vehicles in the fourth quarter, up 5.2% from a year earlier but short of the 28,000"
        " analysts expected.",
        "28,000",
        "vehicles",
        "vehicle",
    ),
    (
        "Tesla delivered 435,000 vehicles in the third quarter, up 6.4% from a year earlier but short of the 460,000"
        " analysts expected.",
        "460,000",
        "vehicles",
        "vehicle",
    ),
]


@pytest.mark.parametrize(("text", "figure", "about", "unit"), COUNTS)
def test_a_clause_of_people_is_not_what_is_counted(parsed, text, figure, about, unit):
    got = {f.text: (f.about, unit_of(f)) for f in figures_of(parsed, text)}
    assert got.get(figure) == (about, unit), got


# near misses: a plural compound before people with no clause ("sports fans"), people who are the main clause's
KEPT = [
    ("The 2,000 sports fans cheered loudly.", "2,000", "sports fans", "fan"),
    ("The plant shut down, and the 300 workers went home.", "300", "workers", "worker"),
    ("The firm hired 500 staff, more than the 300 workers hired last year.", "300", "workers", "worker"),
    # review s25 rev3f 1: a plural compound before a reduced passive clause (the parse of 'The 300 meals volunteers
    # cooked were handed out', whose rule was dropped for these)
    ("The 50 sports journalists accredited were given passes.", "50", "sports journalists", "journalist"),
    ("The 300 savings customers affected will be repaid.", "300", "savings customers", "customer"),
    ("The 40 arts teachers dismissed have appealed.", "40", "arts teachers", "teacher"),
    # review s25 rev3f 3: an object relative clause with no comparing word keeps its count
    ("The factory the 300 workers had built closed in 2019.", "300", "workers", "worker"),
    ("The bridge the 200 soldiers had repaired collapsed.", "200", "soldiers", "soldier"),
    ("The homes the 40 volunteers have rebuilt are now occupied.", "40", "volunteers", "volunteer"),
    ("Some of the 300 workers had left.", "300", "workers", "worker"),
    ("The union said 300 of the 2,000 workers had voted.", "2,000", "workers", "worker"),
]


@pytest.mark.parametrize(("text", "figure", "about", "unit"), KEPT)
def test_people_counted_stay_counted(parsed, text, figure, about, unit):
    got = {f.text: (f.about, unit_of(f)) for f in figures_of(parsed, text)}
    assert got.get(figure) == (about, unit), got
