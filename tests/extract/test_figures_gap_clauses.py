"""Figures: a count of people in a clause with a subordinator of its own ("where the 49 victims died", "while the
40 passengers slept") counts those people; it is no forecast gap (review s24 finding 2). 01a4e6e read any bare
clause "the N people VERB" as what the people forecast ("above the 85,000 economists had forecast") and wiped the
count. The gaps have no subordinator ("above the 85,000 economists had forecast", "short of the $2.3 billion
analysts expected") or "than" ("more than the 85,000 economists forecast")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

COUNTS = [
    ("Flowers were laid where the 49 victims died.", "49", "victims"),
    ("The town mourned when the 17 students died.", "17", "students"),
    ("The union balloted its members after the 2,000 workers walked out.", "2,000", "workers"),
    ("It happened while the 40 passengers slept.", "40", "passengers"),
    # review s24 round 2, finding 2: 'as' of time or reason
    ("Shares fell as the 300 workers walked out.", "300", "workers"),
    ("The factory closed, as the 2,000 workers had feared.", "2,000", "workers"),
    # review s24 round 3, finding B: 'as soon as', 'as long as'
    ("The plant shut as soon as the 300 workers walked out.", "300", "workers"),
    ("The talks can go on as long as the 2,000 workers stay out.", "2,000", "workers"),
]


@pytest.mark.parametrize(("text", "figure", "about"), COUNTS)
def test_people_in_a_subordinate_clause_are_counted(parsed, text, figure, about):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [(f.kind, f.about) for f in hits] == [("count", about)]


# near misses: the forecast gaps keep the earlier figure's reading
GAPS = [
    ("Employers added 128,000 jobs, above the 85,000 economists had forecast.", "85,000", "jobs"),
    ("Employers added 128,000 jobs, more than the 85,000 economists forecast.", "85,000", "jobs"),
    ("Employers added 128,000 jobs, as many as the 85,000 economists had forecast.", "85,000", "jobs"),
    ("Profit came in at $2.1 billion, short of the $2.3 billion analysts expected.", "$2.3 billion", "Profit"),
]


@pytest.mark.parametrize(("text", "figure", "about"), GAPS)
def test_forecast_gaps_stay(parsed, text, figure, about):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.about for f in hits] == [about]
