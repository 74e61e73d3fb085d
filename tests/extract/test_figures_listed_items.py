"""Figures: the middle items of a list of figures ("5%, 6% and 7%") measure what the first and last measure and move
the way they move: 'The rates were 5%, 6% and 7%' gave the 6% no about (the parse makes it an apposition of the
first), and 'Sales rose 5%, 6% and 7%' gave only the first a direction ('and'/'or' joined two changes only)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LISTS = [
    ("The rates were 5%, 6% and 7%.", [("5%", "rates", None), ("6%", "rates", None), ("7%", "rates", None)]),
    (
        "Sales rose 5%, 6% and 7% in the three quarters.",
        [("5%", "Sales", "up"), ("6%", "Sales", "up"), ("7%", "Sales", "up")],
    ),
    (
        "Shares rose 5%, 6%, 7% or 8%.",
        [("5%", "Shares", "up"), ("6%", "Shares", "up"), ("7%", "Shares", "up"), ("8%", "Shares", "up")],
    ),
    # review s24 round 2, finding 10: a time phrase after each item
    (
        "The shares rose 3% on Monday, 2% on Tuesday and 1% on Wednesday.",
        [("3%", "shares", "up"), ("2%", "shares", "up"), ("1%", "shares", "up")],
    ),
]


@pytest.mark.parametrize(("text", "rows"), LISTS)
def test_list_items_share_what_they_measure(parsed, text, rows):
    got = [(f.text, f.about, f.direction) for f in figures_of(parsed, text) if f.kind == "percent"]
    assert got == rows


# near misses: a comma between two clauses' figures, another kind in the middle
KEPT = [
    ("Revenue rose 5%, 20 people quit and costs fell 3%.", [("5%", "up"), ("3%", "down")]),
    ("Sales rose 5% in May, and costs fell 3%.", [("5%", "up"), ("3%", "down")]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_commas_join_no_list(parsed, text, rows):
    assert [(f.text, f.direction) for f in figures_of(parsed, text) if f.kind == "percent"] == rows
