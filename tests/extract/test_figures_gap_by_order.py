"""Figures (lead s26 inbox, probe class 6; the forecast-gap rule left parse-dependent in s25): after a word that
compares figures, "the N <people> [had] <forecasting verb>" closing its clause is what those people forecast, not
a count of them, whatever the parse made of the clause ("Sales reached 20,000 cars, fewer than the 25,000 analysts
predicted", read by the parse as the analysts' prediction; "fewer than the 240,000 economists had expected", hung
on the main verb as its complement)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

GAPS = [
    ("Deliveries reached 30,000 trucks, fewer than the 36,000 analysts predicted.", "36,000", "trucks"),
    ("Employers added 175,000 jobs, fewer than the 240,000 economists had expected.", "240,000", "jobs"),
    ("The economy added 180,000 jobs, fewer than the 240,000 economists had expected.", "240,000", "jobs"),
    ("The census counted 4,100 residents, fewer than the 5,000 economists had projected.", "5,000", "residents"),
]


@pytest.mark.parametrize(("text", "figure", "about"), GAPS)
def test_a_forecast_gap_is_about_the_measure_compared(parsed, text, figure, about):
    got = {f.text: (f.about, f.unit) for f in figures_of(parsed, text)}
    assert figure in got and got[figure][0] == about, got


KEPT = [
    ("The plant employs 900 people, more than the 600 workers it hired last year.", "600", "workers"),
    ("Some 20,000 residents fled, more than the 15,000 officials evacuated in 2019.", "15,000", "officials"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_other_counts_of_people_stay(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
