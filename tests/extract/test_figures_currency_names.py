"""Figures: which currency a bare name of money means is one rule for every name (money.py _story_currency): a
currency named with its country's adjective ("the Philippine peso") counts for that currency as the country named
does ("In Argentina"), and the most named wins; the pound keeps its exceptions (sterling named, a British cue,
a country named is no cue)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ADJECTIVE_NAMED = [
    ("The Philippine peso weakened on Monday. Workers abroad sent home 500 billion pesos last year.", 5e11, "PHP"),
    ("The Egyptian pound has lost half its value. The government will save 30 billion pounds.", 3e10, "EGP"),
    # guards: the country named twice outweighs another country's adjective once; a country is no cue for pounds
    ("The Mexican peso weakened. In Argentina, Argentina's people pay 500 pesos for bread.", 500.0, "ARS"),
    ("Egypt's Mohamed Salah has been fined 10,000 pounds by the Football Association.", 1e4, "GBP"),
]


@pytest.mark.parametrize(("text", "value", "unit"), ADJECTIVE_NAMED)
def test_a_currency_named_with_its_adjective(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
