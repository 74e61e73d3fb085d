"""Figures: a maker's name opening a sentence, then a number and a capitalised name, is a model's name ("Boeing 737
Max jets were grounded": no count of 737 jets; review s22 r1 LOW-7), as it already was after "The"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MODELS = [
    "Boeing 737 Max jets were grounded.",
    "Boeing 787 Dreamliners were sold.",
]


@pytest.mark.parametrize("text", MODELS)
def test_a_model_after_a_maker_opening_a_sentence_is_no_count(parsed, text):
    assert [f.value for f in figures_of(parsed, text)] == []


# near miss: a people noun after the number still counts
def test_a_plural_name_after_the_number_still_counts(parsed):
    assert [f.value for f in figures_of(parsed, "Google 500 Americans were surveyed.")] == [500.0]
