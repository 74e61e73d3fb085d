"""Figures (brief s27 item 5): a percent over a time is a rate ("The economy grew 3% a year": %, per year; "drained
the battery to the tune of about 4% per hour"), as "$15 an hour" is for money (rates._per_rate; the record keeps unit
'%' and the time in `per`; display "3 % per year"). Not a time that is when ("4% a month ago"), nor a denominator that
is no time ("5% a share"), nor percentage points."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The economy grew 3% a year over the decade.", "3% a year", "year", "3 % per year"),
    # review s27 rev5f 1: 'from', 'on', 'into' that start a rate's phrase
    ("The economy grew 3% a year from 2010 to 2020.", "3% a year", "year", "3 % per year"),
    ("Rents climbed 7% a year from 2015.", "7% a year", "year", "7 % per year"),
    ("House prices rose 5% a year on average.", "5% a year", "year", "5 % per year"),
    ("Sales have grown 8% a year on a like-for-like basis.", "8% a year", "year", "8 % per year"),
    ("The fund returned 9% a year on its investments.", "9% a year", "year", "9 % per year"),
    ("Output rose 4% a year into the late 1990s.", "4% a year", "year", "4 % per year"),
    # s28 brief: "from now/then" that starts the span the rate runs over
    ("Prices rose 6% a year from then until 2019.", "6% a year", "year", "6 % per year"),
    ("Fees will climb 4% a year from now on.", "4% a year", "year", "4 % per year"),
    ("Output grew 3% a year from then onwards.", "3% a year", "year", "3 % per year"),
    ("Wages are set to rise 2% a year from today through 2030.", "2% a year", "year", "2 % per year"),
    ("Rates will rise 2% a year from now through the end of 2027.", "2% a year", "year", "2 % per year"),
    ("Prices rose 6% a year from then to 2019.", "6% a year", "year", "6 % per year"),
    ("Prices rose 2.5 percent per year.", "2.5 percent per year", "year", "2.5 % per year"),
    (
        "The dock drained the battery to the tune of about 4% per hour.",
        "to the tune of about 4% per hour",
        "hour",
        "4 % per hour",
    ),
]


@pytest.mark.parametrize(("text", "figure", "per", "display"), CASES)
def test_a_percent_over_a_time_is_a_rate(parsed, text, figure, per, display):
    got = {f.text: (f.kind, f.unit, f.per, f.display) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("percent", "%", per, display), got


KEPT = [
    ("Rents rose 4% a month ago.", "4%"),
    ("Shares rose 5% a share.", "5%"),
    ("The gap narrowed by 2 percentage points a year.", "2 percentage points"),
    ("Mortgage rates will be about 6% a year from now.", "about 6%"),  # review s27 rev4f 3: when, not a rate
    ("Borrowing costs could reach 7% a year from today.", "7%"),
    ("The scheme returned 10% a year into the scheme.", "10%"),
    ("Mortgage rates will be about 6% a year from now, up from 5% today.", "about 6%"),
    ("Inflation could be 3% a year from then.", "3%"),
    # review s28 rev1 R1F-9: 'to' after "a year from now" starts a span only before a date
    ("Futures markets price the policy rate at 3.5% a year from now to 3% two years out.", "3.5%"),
    ("Inflation should fall to 2% a year from now to the relief of borrowers.", "2%"),
]


@pytest.mark.parametrize(("text", "figure"), KEPT)
def test_no_rate(parsed, text, figure):
    got = {f.text: f.per for f in figures_of(parsed, text)}
    assert figure in got and got[figure] is None, got
