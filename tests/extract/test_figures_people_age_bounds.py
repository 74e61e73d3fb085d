"""Figures (engine probe s30 P124, P156): 'Medicare covers people 45 and older' gave a bare number, '3,400 children
under 5' a number 'under 5' about the clinic. A bound right after a plural noun of people is an age bound on them
(years of age, about the people), as 'children aged under 5' already was; not a number of 100 or more ('members over
100' is a count) nor one that counts a noun after it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Medicare covers people 45 and older.", "45 and older", "at least", "people"),
    ("The clinic treated 3,400 children under 5 last year.", "under 5", "less than", "children"),
    ("Vaccines are offered to adults over 65.", "over 65", "more than", "adults"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier", "about"), CASES)
def test_an_age_bound_on_people(parsed, text, figure, qualifier, about):
    got = {f.text: (f.kind, f.unit, f.qualifier, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("quantity", "year of age", qualifier, about), got


def test_a_hundred_or_more_is_no_age(parsed):
    got = {f.text: f.unit for f in figures_of(parsed, "The club has members over 100.")}
    assert got.get("over 100") != "year of age", got


# review revB-R20: a capacity ('up to'), a count per group or at a time, and groups of people are no ages
NO_AGES = [
    ("The boat can carry passengers up to 12.", "up to 12"),
    ("The lift takes people up to 8 at a time.", "up to 8"),
    ("The tours accept visitors up to 20 per group.", "up to 20"),
    ("The shelter housed families over 30 last winter.", "over 30"),
]


@pytest.mark.parametrize(("text", "figure"), NO_AGES)
def test_no_age_bound(parsed, text, figure):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert figure in got and got[figure] != "year of age", got


def test_or_younger_is_an_age(parsed):
    got = {f.text: (f.unit, f.qualifier) for f in figures_of(parsed, "Patients 18 or younger were excluded.")}
    assert got.get("18 or younger") == ("year of age", "at most"), got
