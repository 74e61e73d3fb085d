"""Figures (probe s29 F20 MED): "Rents are 10 times what they were in 2000" and "The average house price is now 8.3
times average earnings" gave COUNTs 10 and 8.3 (a reporter reads '10'); a multiple said with a copula is a plain
number, as "10 times as many" and "three times the monthly average" were. Occurrences stay counts."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MULTIPLES = [
    ("Rents are 10 times what they were in 2000.", "10"),
    ("The average house price is now 8.3 times average earnings.", "8.3"),
    ("Officials reported 10 times as many flu cases.", "10"),  # as before
]


@pytest.mark.parametrize(("text", "figure"), MULTIPLES)
def test_a_multiple_is_a_number(parsed, text, figure):
    got = {f.text: f.kind for f in figures_of(parsed, text)}
    assert got.get(figure) == "number", got


OCCURRENCES = [
    ("He asked three times what had happened.", "three"),
    ("He was arrested three times.", "three"),
]


@pytest.mark.parametrize(("text", "figure"), OCCURRENCES)
def test_occurrences_stay_counts(parsed, text, figure):
    got = {f.text: f.kind for f in figures_of(parsed, text)}
    assert got.get(figure) == "count", got
