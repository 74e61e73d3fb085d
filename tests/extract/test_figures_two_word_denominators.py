"""Figures: a rate's denominator can be a unit named in two words ("$1,800 per troy ounce", "$500 per metric ton"),
not only an area or a volume ("per square foot")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

TWO_WORD_DENOMINATORS = [
    ("Gold rose to $1,800 per troy ounce on Tuesday.", 1800, "USD per troy ounce", "$1,800 per troy ounce"),
    ("Gold rose to $1,800 a troy ounce.", 1800, "USD per troy ounce", "$1,800 a troy ounce"),
    ("Steel sold for $500 per metric ton.", 500, "USD per metric ton", "$500 per metric ton"),
    ("The car goes 4 miles per kilowatt hour.", 4, "mile per kilowatt hour", "4 miles per kilowatt hour"),
    # near misses: one-word and area denominators as before; two words that name no unit
    ("Gold rose to $1,800 an ounce.", 1800, "USD per ounce", "$1,800 an ounce"),
    ("Office space rents for $50 per square foot.", 50, "USD per square foot", "$50 per square foot"),
    ("Tickets cost $20 per metric fan.", 20, "USD", "$20"),
]


@pytest.mark.parametrize(("text", "value", "unit", "span"), TWO_WORD_DENOMINATORS)
def test_a_unit_named_in_two_words_is_a_denominator(parsed, text, value, unit, span) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (_unit(f), f.text) == (unit, span)
