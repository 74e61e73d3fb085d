"""Figures (probe s29 F12 MED): unit words of another figure leaked into 'about': "The 500 sq m flat sold for £1m"
gave about 'sq m', "The 4,500 sq ft mansion ... sold for $7.25 million" 'ft mansion', "The 6ft 5in centre scored 34
points" 'ft'. Now the short unit words are taken out: what is left, else the word after that figure."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ABOUTS = [
    ("The 6ft 5in centre scored 34 points.", "34 points", "centre"),
    ("A 500 sq m flat in Mumbai sold for £1m.", "£1m", "flat"),
    ("The 4,500 sq ft mansion sits on a 12-acre plot and sold for $7.25 million.", "$7.25 million", "mansion"),
    ("The 3 sq km park will cost $40m.", "$40m", "park"),
    # as before
    ("The 2 km road will cost $40m.", "$40m", "road"),
    ("The 4,500 sq ft mansion sits on a 12-acre plot and sold for $7.25 million.", "4,500 sq ft", "mansion"),
]


@pytest.mark.parametrize(("text", "figure", "about"), ABOUTS)
def test_no_unit_words_in_about(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


def test_a_measuring_adjective_is_no_about(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "The 5 km long road cost $40m.")}
    assert got.get("$40m") != "long", got
