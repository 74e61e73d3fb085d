"""Figures (engine probe s30 P42 MED): 'It is roughly 50 times smaller than the Milky Way' gave about 'is' (and a
date on the 160 articles about "'s"): a copula or an auxiliary alone is never what a figure measures; the about is
left empty (a date then takes what its clause dates: 'on Nov. 14 after the deal was approved' -> deal)."""

from __future__ import annotations

from extract.figures import extract_figures
from tests.extract.helpers import figures_of


def test_a_copula_is_no_about(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "It is roughly 50 times smaller than the Milky Way.")}
    assert "roughly 50" in got and got["roughly 50"] is None, got


def test_a_date_takes_what_it_dates(parsed):
    text = "That's the view of the chief executive on Nov. 14 after the deal was approved by shareholders."
    doc, rep = parsed(text)
    got = {f.text: f.about for f in extract_figures(doc, rep, "a.txt")}
    assert got.get("Nov. 14") not in ("'s", "is"), got


def test_a_subject_stays(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "The galaxy is about 50 times smaller.")}
    assert got.get("about 50") == "galaxy", got
