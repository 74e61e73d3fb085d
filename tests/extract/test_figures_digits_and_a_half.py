"""Figures: digits followed by "and a half" / "and a quarter" are one value, as spelled numbers already were ("3 and
a half hours": 3.5 hours, not a count of 3 hours; "age 59 and a half": an age of 59.5)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

HALVES = [
    ("It took 3 and a half hours.", 3.5, "duration", "hour"),
    ("She is 5 and a half feet tall.", 5.5, "quantity", "foot"),
    ("The firm lost 2 and a half million dollars.", 2.5e6, "money", "USD"),
    ("You can't withdraw until you've reached age 59 and a half.", 59.5, "quantity", "year of age"),
    ("The fee rose to 4 and a quarter percent.", 4.25, "percent", "%"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), HALVES)
def test_digits_and_a_half_are_one_value(parsed, text, value, kind, unit):
    figs = figures_of(parsed, text)
    assert [(f.value, f.kind, f.unit) for f in figs] == [(value, kind, unit)]


# near misses: two numbers joined by "and", spelled halves and a scale's half stay as they were
KEPT = [
    ("Tickets cost 3 and 4 dollars.", [3.0, 4.0]),
    ("He served two and a half years.", [2.5]),
    ("The city has 3 million and a half people.", [3.5e6]),
]


@pytest.mark.parametrize(("text", "values"), KEPT)
def test_other_ands_stay(parsed, text, values):
    assert [f.value for f in figures_of(parsed, text)] == values


# review s22 r1 LOW-6: after "between", "N and a half dozen" gives the two ends of a range, not N and a half dozens
def test_between_n_and_a_half_dozen_is_no_half(parsed):
    figs = figures_of(parsed, "Between 5 and a half dozen people came.")
    assert figs[0].value == 5.0


def test_between_n_and_a_half_and_m_keeps_the_half(parsed):
    figs = figures_of(parsed, "Between 4 and a half and 6 hours.")
    assert [(f.value, f.unit) for f in figs] == [(5.25, "hour")]


# review s22 r2 MED-1: a scaled half that another end follows is the range's first end, as before 855ccd9
def test_between_scaled_half_and_another_end_keeps_the_half(parsed):
    figs = figures_of(parsed, "Between 1 and a half billion and 2 billion dollars were spent.")
    assert [(f.value, f.unit, f.display) for f in figs] == [(1.75e9, "USD", "USD 1.5–2 bn")]
