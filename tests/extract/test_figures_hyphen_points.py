"""Figures (probe s29 F25 MED): a percentage-point or basis-point change written with a hyphen was a plain percent
('0.5 percentage', display '0.5 %') or a count ('50', unit 'basis-point'). Now the hyphened unit reads as the spaced
one: 0.5 percentage points, 50 basis points, with the cut's direction."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

POINTS = [
    ("The central bank delivered a 0.5 percentage-point cut.", "0.5 percentage-point", 0.5, "percentage point"),
    ("The Fed delivered a 50-basis-point cut.", "50-basis-point", 50.0, "basis point"),
    ("The Fed delivered a 50 basis-point cut.", "50 basis-point", 50.0, "basis point"),
    # as before
    ("The central bank delivered a 0.5 percentage point cut.", "0.5 percentage point", 0.5, "percentage point"),
    ("Turnout rose 3-percent.", "3-percent", 3.0, "%"),
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), POINTS)
def test_a_hyphened_point_is_the_unit(parsed, text, figure, value, unit):
    got = {f.text: (f.value, f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (value, "percent", unit), got


def test_a_hyphened_cut_goes_down(parsed):
    got = {f.text: f.direction for f in figures_of(parsed, "The Fed delivered a 50-basis-point cut.")}
    assert got.get("50-basis-point") == "down", got


def test_a_spaced_hyphen_is_no_unit(parsed):
    got = {f.text: f.unit for f in figures_of(parsed, "The rate is 5 percentage - points higher.")}
    assert "percentage point" not in got.values(), got
