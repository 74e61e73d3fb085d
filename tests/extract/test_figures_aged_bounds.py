"""Figures (probe s29 F18 MED): a bound on an age after "aged" ("Children aged under 5 are most at risk") was a bare
number 'less than 5'; it is an age (unit 'year of age') with its bound, as "aged 5 and under" was."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

AGES = [
    ("Around 40% of residents are aged under 25.", "under 25", "less than"),
    ("Children aged under 5 are most at risk.", "under 5", "less than"),
    ("Residents aged over 65 must register.", "over 65", "more than"),
    ("Children aged 5 and under are free.", "5 and under", "at most"),  # as before
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), AGES)
def test_a_bound_after_aged_is_an_age(parsed, text, figure, qualifier):
    got = {f.text: (f.unit, f.qualifier) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("year of age", qualifier), got


def test_a_bound_with_a_unit_after_aged_keeps_it(parsed):
    got = {f.text: f.unit for f in figures_of(parsed, "He was aged just under 5,000 days.")}
    assert got.get("just under 5,000 days") == "day", got
