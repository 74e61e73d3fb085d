"""Figures: a number that ends a name whose abbreviation restates it in brackets is part of the name ("glucagon-like
peptide 1 (GLP-1)", "interleukin 6 (IL-6)"), not a count."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

NAMES = [
    "Eating protein raised levels of glucagon-like peptide 1 (GLP-1), a hormone that suppresses appetite.",
    "Levels of interleukin 6 (IL-6) rose in the patients.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_number_restated_in_an_abbreviation_is_no_figure(parsed, text):
    assert [f.text for f in figures_of(parsed, text)] == []


# near misses: brackets that restate no number, or hold a figure of their own, leave the count
KEPT = [
    ("He bought 3 cars (BMW 3) last year.", 3.0),
    ("The 2 men (aged 30 and 40) left.", 2.0),
    ("Police arrested 12 people (PA12 was the unit's code) on Monday.", 12.0),
]


@pytest.mark.parametrize(("text", "value"), KEPT)
def test_other_brackets_keep_the_count(parsed, text, value):
    assert value in [f.value for f in figures_of(parsed, text)]
