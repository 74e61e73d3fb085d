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
