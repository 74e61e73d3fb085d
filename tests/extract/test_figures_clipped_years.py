"""Figures (probe s30 P81 MED): '"not even in '93," she said' gave a number 93. Two digits right after an apostrophe
that opens a word are a year with its century cut off (the last hundred years); feet and inches ("5'11") and plain
numbers are not."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures

CASES = [
    ('"I have never seen anything like it, not even in \'93," she said.', "'93", "1993"),
    ("The team has not won since ’08.", "’08", "2008"),
    ("The class of '99 met again.", "'99", "1999"),
]


def _all(parsed, text):
    doc, rep = parsed(text)
    return extract_figures(doc, rep, "a.txt")


@pytest.mark.parametrize(("text", "figure", "year"), CASES)
def test_a_clipped_year_is_a_date(parsed, text, figure, year):
    got = {f.text: (f.kind, f.date) for f in _all(parsed, text)}
    assert got.get(figure) == ("date", year), got


def test_feet_and_inches_are_no_year(parsed):
    got = [(f.text, f.kind) for f in _all(parsed, "The centre is 6'10 and quick.")]
    assert all(k != "date" for _, k in got), got


# review revB-R1: British/AP single quote marks before a number are no clipped year
QUOTED = [
    ("The sign read '50 years of service' in gold.", "'50 years", "50 years"),
    ("He called it '10 minutes of madness' on air.", "'10 minutes", "10 minutes"),
]


@pytest.mark.parametrize(("text", "wrong", "figure"), QUOTED)
def test_a_quoted_number_is_no_year(parsed, text, wrong, figure):
    got = {f.text: f.kind for f in _all(parsed, text)}
    assert got.get(figure) == "duration", got
    assert not any(k == "date" for k in got.values()), got


def test_a_quote_closed_again_is_no_year(parsed):
    got = [(f.text, f.kind) for f in _all(parsed, "The slogan was '20 for 20'.")]
    assert all(k != "date" for _, k in got), got


def test_the_century_is_the_documents(parsed):
    # (review revB-R21) a story of 2019 reads "'25" in the last hundred years before its own latest year
    got = {f.text: f.date for f in _all(parsed, "In 2019 the class of '25 held a reunion.")}
    assert got.get("'25") == "1925", got
