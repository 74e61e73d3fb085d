"""Figures: a money or percent level named "its lowest level" or "the highest total" is the level of the clause's
subject ("The deficit narrowed to $43.1 billion, its lowest level since 2016": the deficit)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LEVELS = [
    ("The deficit narrowed to $43.1 billion, its lowest level since 2016.", 43.1e9, "deficit"),
    ("Sales hit $5 billion, the highest total ever.", 5e9, "Sales"),
]


@pytest.mark.parametrize(("text", "value", "about"), LEVELS)
def test_a_superlative_level_is_the_subjects(parsed, text, value, about):
    assert one_of(figures_of(parsed, text), value).about == about


# near misses: a level named by what it is stays
KEPT = [
    ("The tax rate is 21%.", 21.0, "tax rate"),
    ("Unemployment fell to 3.5%, the lowest rate in 50 years.", 3.5, "Unemployment"),
]


@pytest.mark.parametrize(("text", "value", "about"), KEPT)
def test_named_levels_stay(parsed, text, value, about):
    assert one_of(figures_of(parsed, text), value).about == about
