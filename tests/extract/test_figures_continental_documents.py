"""Figures (probe s27 class 4): a text that writes decimal commas elsewhere ("8,3 million people", "11,8 percent") or
groups thousands with dots beyond doubt ("1.500.000") groups thousands with dots in "9.600 million euros" too
(numbers._writes_decimal_commas): 9.6 billion, not 9.6 million. Without such evidence one dotted group before a scale
word stays English decimals ("$1.500 billion")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "The number of tourists reached 8,3 million people. The income for the tourism was of 9.600 million euros.",
        "9.600 million euros",
        9.6e9,
    ),
    ("Unemployment descended to 11,8 percent. The inversion was of 1.200 million euros.", "1.200 million euros", 1.2e9),
    ("The fund holds 1.250 million euros; the city has 1.500.000 residents.", "1.250 million euros", 1.25e9),
]


@pytest.mark.parametrize(("text", "figure", "value"), CASES)
def test_a_continental_text_groups_thousands_with_dots(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


KEPT = [
    ("The company earned $1.500 billion last year.", "$1.500 billion", 1.5e9),
    ("The company earned $1.500 billion last year, from 2,500 stores.", "$1.500 billion", 1.5e9),
]


@pytest.mark.parametrize(("text", "figure", "value"), KEPT)
def test_an_english_text_keeps_dotted_decimals(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got
