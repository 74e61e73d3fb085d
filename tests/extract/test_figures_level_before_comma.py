"""Figures (lead s26 inbox, probe class 1b): a trailing ", up 94%" or ", down from $4 billion" after a level that
"of" gives a noun ("revenue of $35.1 billion") is about that noun, wherever the parse hung the particle; not the
clause's subject (the company that reported it)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

TRAILING = [
    ("The retailer reported revenue of $12.4 billion, up 8% from a year earlier.", "8%", "revenue"),
    ("The group reported sales of $2 billion, up 5% on the year, and profit of $300 million, down 4%.", "5%", "sales"),
    ("The group reported sales of $2 billion, up 5% on the year, and profit of $300 million, down 4%.", "4%", "profit"),
    ("The company said revenue of $2.1 billion, down 8%, missed forecasts.", "8%", "revenue"),
    # the level the amount was before
    ("The insurer posted a net profit of $40 million for the quarter, down from $65 million a year earlier.",
     "$65 million", "net profit"),
    ("The bank reported a profit of $3 billion, up from $2 billion a year ago.", "$2 billion", "profit"),
    # kept: the verb's own object given a level (the earlier rule)
    ("Amazon's cloud unit posted revenue of $9 billion, up 35% from a year ago.", "35%", "revenue"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "figure", "about"), TRAILING)
def test_a_trailing_change_is_about_the_level_before(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


SHARES = [
    ("Shares of Boeing fell 7% in early trading.", "7%", "Boeing shares"),
    ("Shares of Rio Tinto rose 2.5% on Monday.", "2.5%", "Rio Tinto shares"),
    ("Boeing shares fell 7% in early trading.", "7%", "Boeing shares"),
]


@pytest.mark.parametrize(("text", "figure", "about"), SHARES)
def test_shares_of_a_company_are_its_stock(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


# review s26 rev2f 3: "shares of" people, of two names, or with a modifier are no one company's stock
NO_STOCK = [
    ("Shares of Democrats who back the plan fell 8 points.", "8 points", "Democrats"),
    ("Market shares of Sony and Nintendo fell 3%.", "3%", "Sony"),
    ("Shares of Sony and Nintendo fell 3%.", "3%", "Sony"),
]


@pytest.mark.parametrize(("text", "figure", "about"), NO_STOCK)
def test_other_shares_of_are_no_stock(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
