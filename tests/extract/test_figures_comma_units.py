"""Figures (probe s28 F4): a bare number takes the unit of the number after it across "and"/"or" ("eight or nine
euros"), and across a comma only inside such a list ("5, 10 or 15 per cent"); a number, a comma and a percent are two
figures ("Students numbered 116,000, 40 per cent fewer than a year before" was '116,000 %')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

TWO_FIGURES = [
    ("Students numbered 116,000, 40 per cent fewer than a year before.", "116,000"),
    ("Sales reached 5,000, 10 per cent more than last year.", "5,000"),
    ("Students numbered 116,000, and 40 per cent were women.", "116,000"),
]


@pytest.mark.parametrize(("text", "figure"), TWO_FIGURES)
def test_a_comma_alone_shares_no_unit(parsed, text, figure):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, text)}
    assert figure in got and got[figure][0] != "percent", got


LISTS = [
    ("Rates of 5, 10 or 15 per cent were proposed.", "5", "percent"),
    ("Rates of 5, 10 or 15 per cent were proposed.", "10", "percent"),
    ("He paid eight or nine euros.", "eight", "money"),
    # review s28 rev1 R1F-6: a serial comma before the last number
    ("Growth was 2, 3, and 4 percent in the last three quarters.", "2", "percent"),
    ("Growth was 2, 3, and 4 percent in the last three quarters.", "3", "percent"),
    ("Tariffs of 10, 15, or 25 per cent apply.", "15", "percent"),
]


@pytest.mark.parametrize(("text", "figure", "kind"), LISTS)
def test_a_list_shares_its_last_unit(parsed, text, figure, kind):
    got = {f.text: f.kind for f in figures_of(parsed, text)}
    assert got.get(figure) == kind, got
