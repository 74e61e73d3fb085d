"""Figures (probe s28 F24): every number of a list that "aged" opens is an age of the same people ("Two men, aged 25
and 31, were charged" gave a count '25 men' and a bare 31; "The victims were aged 8, 10 and 14" bare 10 and 14:
labels._listed_after_aged). Not a number after the apposition closes ("A woman, aged 25, and 3 were hurt")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

AGES = [
    ("Two men, aged 25 and 31, were charged.", "25", "men"),
    ("Two men, aged 25 and 31, were charged.", "31", "men"),
    ("The suspects, aged 17 and 19, were arrested.", "19", "suspects"),
    ("The victims were aged 8, 10 and 14.", "10", "victims"),
    ("The victims were aged 8, 10, and 14.", "14", "victims"),
]


@pytest.mark.parametrize(("text", "figure", "about"), AGES)
def test_every_number_of_an_aged_list_is_an_age(parsed, text, figure, about):
    got = {f.text: (f.unit, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("year of age", about), got


NOT_AGES = [
    ("A woman, aged 25, and 3 were hurt.", "3"),
    ("The man, aged 40, was one of 12 people hurt.", "12"),
    ("Two men, aged 25 and 31, were charged.", "Two"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_AGES)
def test_a_number_after_the_list_is_no_age(parsed, text, figure):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert figure in got and got[figure] != "year of age", got
