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
