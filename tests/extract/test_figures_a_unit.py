"""Figures: "a"/"an" before a unit of measure or of money is one of it ("a gallon of beer": 1 gallon, "It costs a
dollar": USD 1, "Not a penny was spent": 1 penny), unless "a" is a rate's denominator, a share's, a unit modifying a
noun, or an everyday noun that names a unit too."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ONE = [
    ("I want a gallon of beer, and 3 to 4 L of wine.", "gallon", None),
    ("An inch of rain fell overnight in the valley.", "inch", None),
    ("The ship sank a mile offshore.", "mile", None),
    ("He bought a pound of beef at the market.", "pound", None),
    ("It costs a dollar.", "USD", None),
    ("Not a penny was spent on the project.", "GBP", "penny"),
    ("The new fee costs a cent more per text.", "USD", "cent"),
]

# near misses: no figure of one
NONE = [
    "Gas costs $3 a gallon.",  # a rate's denominator: the $3's per
    "The car does 60 miles an hour.",
    "Prices rose 5 cents a gallon.",
    "The Sierra has seen a fraction of an inch of rain.",  # a share of the unit
    "He ran two-thirds of a mile.",
    "He has a degree in law.",  # everyday nouns that name units too
    "It weighs a ton.",
    "Get a cup of coffee.",
    "She shopped at a dollar store.",  # a unit modifying a noun
    "They issued a dollar-denominated bond.",
    "It was a mile-long queue.",
    "It costs a pound.",  # money or weight: "a pound" only of something weighed
    "Wait a second.",  # a time is a span, not an amount
    "She saw him a year ago.",
]


@pytest.mark.parametrize(("text", "unit", "subunit"), ONE)
def test_a_unit_is_one_of_it(parsed, text, unit, subunit) -> None:
    f = one_of(figures_of(parsed, text), 1.0)
    if subunit is None:
        assert f.unit == unit
    else:
        assert f.unit in (f"{unit} {subunit}", subunit) or f.unit.endswith(subunit), f.unit


@pytest.mark.parametrize("text", NONE)
def test_no_one_of_a_unit(parsed, text) -> None:
    assert not [f for f in figures_of(parsed, text) if f.value == pytest.approx(1.0)], figures_of(parsed, text)
