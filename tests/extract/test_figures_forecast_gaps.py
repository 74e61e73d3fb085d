"""Figures: a figure after "the" and before people who are the subject of a bare clause right after it ("above the
85,000 economists had forecast", "short of the $2.3 billion analysts expected") is what those people forecast, not
a count of them: it measures what the sentence's earlier figure of that measure measures. At base the first was a
count of 85,000 economists and the second about 'analysts'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

GAPS = [
    (
        "Employers added 128,000 jobs, above the 85,000 economists had forecast.",
        [(128000.0, "job", "jobs"), (85000.0, "job", "jobs")],
    ),
    (
        "Employers added 128,000 jobs, more than the 85,000 economists forecast.",
        [(128000.0, "job", "jobs"), (85000.0, "job", "jobs")],
    ),
    (
        "Profit came in at $2.1 billion, short of the $2.3 billion analysts expected.",
        [(2.1e9, "USD", "Profit"), (2.3e9, "USD", "Profit")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), GAPS)
def test_a_forecast_figure_measures_the_earlier_figures_thing(parsed, text, rows):
    assert [(f.value, f.unit, f.about) for f in figures_of(parsed, text)] == rows


# near misses: people counted in a main clause, a passive participle, a relative clause with its own subject
KEPT = [
    ("The 20,000 residents fled.", [(20000.0, "resident", "residents")]),
    ("The 300 workers hired last year were laid off.", [(300.0, "worker", "workers")]),
    ("He thanked the 500 volunteers who helped.", [(500.0, "volunteer", "volunteers")]),
    ("The company hired the 1,000 workers it needed.", [(1000.0, "worker", "workers")]),
    # a reported clause is a clause of its own, not a gap (self-review of 01a4e6e)
    ("The company said the 300 workers agreed.", [(300.0, "worker", "workers")]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_counts_of_people_stay(parsed, text, rows):
    assert [(f.value, f.unit, f.about) for f in figures_of(parsed, text)] == rows
