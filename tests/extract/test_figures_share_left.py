"""Figures (lead s26 inbox, probe class 8): the share a level is left behind at reads as the share it reaches does:
"up from one in ten", "down from one in three", "rose from one in ten" are shares (1 in 10), as "rose to one in
four" is; "rose from 5 in 2019" stays a number and a year."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHARES = [
    ("Today one in four teenagers vapes, up from one in ten in 2015.", "one in ten", 0.1),
    ("Smoking fell to one in five adults, down from one in three.", "one in three", 1 / 3),
    ("The jobless share rose from one in twenty last year.", "one in twenty", 0.05),
]


@pytest.mark.parametrize(("text", "figure", "value"), SHARES)
def test_a_share_left_behind_is_a_share(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert figure in got and abs(got[figure] - value) < 1e-9, got


def test_a_number_and_a_year_stay_apart(parsed):
    got = [f.text for f in figures_of(parsed, "Sales rose from 5 in 2019 to 9 in 2021.")]
    assert "5" in got and "5 in 2019" not in got, got
