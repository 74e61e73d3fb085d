"""Figures: only a conversion in brackets (the same kind in another unit, alone in its brackets) carries the bound
of the figure before it (review s24 finding 3): 530e014 gave any bracketed number the first one's bound, so 'at
least 20 (12 in Texas)' made the 12 'at least' and 'nearly 60% (58.7%)' made the exact share approximate."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PARTS = [
    ("The storm killed at least 20 (12 in Texas).", "12"),
    ("More than 40% (38% a year ago) said they would vote.", "38%"),
    ("The company has over 5,000 (4,200 full-time) employees.", "4,200"),
    ("Turnout was nearly 60% (58.7%).", "58.7%"),
]


@pytest.mark.parametrize(("text", "figure"), PARTS)
def test_a_bracketed_figure_of_its_own_has_no_bound(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] == [None]


# near misses: conversions keep the bound
CONVERSIONS = [
    ("Alibaba is set to raise up to $12.9bn (£10bn) from its listing.", "£10bn", "up to"),
    ("The storm dumped about 2 inches (50.8 millimeters) of rain.", "50.8 millimeters", "approximately"),
    ("The plane traveled more than 1,200 miles (1,931 kilometers).", "1,931 kilometers", "more than"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), CONVERSIONS)
def test_a_conversion_keeps_the_bound(parsed, text, figure, qualifier):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] == [qualifier]
