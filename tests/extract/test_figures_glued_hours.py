"""Figures (brief s30 known errors): '2h 15m' gave 15 metres and no hours ('2h' was read as a label). Now a lower-case
h glued to a number is hours, and a whole number under 60 with a glued m right after it is minutes of the same
duration. A glued m elsewhere stays metres; an upper-case H (a half-year) is no hour."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

DURATIONS = [
    ("The flight took 2h 15m and landed safely.", "2h 15m", 2.25),
    ("The film runs 2h.", "2h", 2.0),
    ("Workers staged a 24h strike.", "24h", 24.0),
]


@pytest.mark.parametrize(("text", "figure", "hours"), DURATIONS)
def test_glued_hours_are_a_duration(parsed, text, figure, hours):
    got = {f.text: (f.kind, f.unit, f.value) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("duration", "hour", hours), got


def test_a_glued_m_without_hours_is_metres(parsed):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, "He swam 45m in the pool.")}
    assert got.get("45m") == ("quantity", "metre"), got


def test_an_upper_case_h_is_no_hour(parsed):
    got = [(f.text, f.unit) for f in figures_of(parsed, "Sales rose in 2H 2024.")]
    assert all(u != "hour" for _, u in got), got


# review revB-R17: the other spellings of a glued duration (minutes after 'hr', seconds after minutes, and an m the
# scale reader took for millions)
SPELLINGS = [
    ("The race took 1h 32m 15s in total.", "1h 32m 15s", 1.5375),
    ("He finished in 2h 5m 30s.", "2h 5m 30s", 2.091666),
    ("The flight took 2hr 15m in total.", "2hr 15m", 2.25),
]


@pytest.mark.parametrize(("text", "figure", "hours"), SPELLINGS)
def test_other_glued_spellings(parsed, text, figure, hours):
    got = {f.text: (f.kind, f.unit, f.value) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("duration", "hour", pytest.approx(hours, abs=1e-5)), got


# review revB-R4: a clock time or a label with a glued h is no duration
CLOCKS = [
    "Talks resumed at 9h in Geneva.",
    "The strike will begin at 18h on Monday.",
    "Rooms 12h and 14b were flooded.",
]


@pytest.mark.parametrize("text", CLOCKS)
def test_a_clock_hour_is_no_duration(parsed, text):
    got = [(f.text, f.unit) for f in figures_of(parsed, text)]
    assert all(u != "hour" for _, u in got), got


def test_millions_stay_millions(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "The firm sold 5m units.")}
    assert got.get("5m") == 5e6, got
