"""Figures: a year-like number in a dimension ("a resolution of 1080 pixels by 1920 pixels", "1080 x 1920 pixels",
"1920 by 1080 pixels") is no date (audit s19 #27, review s19 r3 MED-6). A year before a plural noun elsewhere stays a
year."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures


def _kinds(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    return {f.text: f.kind for f in extract_figures(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "number", "kind"),
    [
        ("The display has a resolution of 1080 pixels by 1920 pixels.", "1920", "count"),
        ("The panel measures 1200 pixels x 1600 pixels.", "1600", "count"),
        # review s19 r3 MED-6: the usual ways a resolution is written
        ("The phone has a screen of 1080 x 1920 pixels.", "1080", "count"),
        ("The phone has a screen of 1080 x 1920 pixels.", "1920", "count"),
        ("The display has a resolution of 1920 by 1080 pixels.", "1920", "number"),
        ("The display has a resolution of 1080 by 1920 pixels.", "1920", "count"),
        # near misses
        ("In 2019 sales rose, and 2020 sales fell.", "2020", "date"),
        ("Profits will double by 2020 sales estimates.", "2020", "date"),
        # review s19 r3 HIGH-12: a year before a margin "by N votes" stays a year
        ("Trump won Pennsylvania in 2016 by 44,000 votes.", "2016", "date"),
        ("Biden won Georgia in 2020 by 11,779 votes.", "2020", "date"),
        ("The bill passed the Senate in 2019 by 12 votes.", "2019", "date"),
        ("The team lost in 2018 by 3 points.", "2018", "date"),
    ],
)
def test_a_dimension_is_no_year(parsed, text, number, kind) -> None:
    assert _kinds(parsed, text)[number] == kind
