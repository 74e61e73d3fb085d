"""Figures (engine probe s30 P196 MED): 'Heat-related deaths in Maricopa County reached 645 last year' gave 645 about
None: the parse made the number a modifier of 'year' ('645 ... last year'), a time, then dropped. A number hung on a
marked time noun right after it ('last year', 'this week') is the object of the level or change verb above: its
subject is what the level measures. Other verbs' subjects stay out ('The firm sold 500 last month')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Heat-related deaths in Maricopa County reached 645 last year, up 52% from 2022.", "645", "Heat-related deaths"),
    ("Heat-related deaths reached 645 last year.", "645", "Heat-related deaths"),
    ("Claims totalled 1,200 last week.", "1,200", "Claims"),
    # as before
    ("Jobless claims fell to 210,000 last week.", "210,000", "Jobless claims"),
    ("The company hired 300 workers last week.", "300", "workers"),
    ("The firm sold 500 last month.", "500", None),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_level_before_a_time(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got
