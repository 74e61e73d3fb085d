"""Figures: "Petrol costs £1.25 a litre", which the tagger reads as the noun phrase "Petrol costs" with the amount
hung on it, prices petrol (the amount had no about)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MISREAD = [
    ("Petrol costs £1.25 a litre.", "Petrol"),
    ("Petrol costs £1.25.", "Petrol"),
]


@pytest.mark.parametrize(("text", "about"), MISREAD)
def test_the_modifier_of_a_misread_costs_is_what_costs(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]


# near misses: costs as a real noun, and "costs" read as a verb, stay as they were
KEPT = [
    ("Labor costs rose $3 billion.", "Labor costs"),
    ("The project's costs were $5 million.", "costs"),
    ("Gas costs $3 a gallon.", "Gas"),
]


@pytest.mark.parametrize(("text", "about"), KEPT)
def test_other_costs_stay(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about]
