"""Figures: a bare name of money ("pesos") means the currency of the story's dateline country before any tally of
the countries the story names ("MANILA (Reuters) - Mexico's president ...": pesos are Philippine), unless the
amount's own sentence names whose money it is (money.py _dateline_country, _story_currency)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

DATELINED = [
    ("MANILA (Reuters) - Mexico's president visited on Monday, praising Mexico's ties with Asia. The city will "
     "spend 2 billion pesos on roads, the mayor said.", 2e9, "PHP"),
    ("MANILA - Mexican President Andres Manuel Lopez Obrador arrived on Monday. Mexico's leader praised the deal. "
     "The government will spend 5 billion pesos on new ports.", 5e9, "PHP"),
    # the country written after a city of the dateline
    ("CEBU, Philippines (AP) — Mexico's president visited on Monday. The city will spend 2 billion pesos on roads.",
     2e9, "PHP"),
    # a dateline under a headline line
    ("Duterte hosts Mexico's president\nMANILA (Reuters) - Mexico's president praised Duterte. The city will spend "
     "2 billion pesos on roads.", 2e9, "PHP"),
]  # fmt: skip

NEAR_MISSES = [
    # the amount's own sentence names whose money it is
    ("MEXICO CITY (Reuters) - Argentina's central bank sold 500 million pesos on Friday.", 5e8, "ARS"),
    # a dateline country with no currency of that name leaves the story's tally
    ("WASHINGTON (AP) — Mexico's president visited. The government will spend 2 billion pesos on roads.", 2e9, "MXN"),
    # no dateline: the countries the story names decide
    ("Mexico's president visited Manila on Monday. The city will spend 2 billion pesos on roads.", 2e9, "MXN"),
    # a line opening with a word and a dash is no dateline unless the word is a place
    ("Update - Mexico's president visited. The government will spend 2 billion pesos on roads.", 2e9, "MXN"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), DATELINED)
def test_the_dateline_says_whose_money_a_bare_name_is(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit


@pytest.mark.parametrize(("text", "value", "unit"), NEAR_MISSES)
def test_a_dateline_does_not_override_the_amounts_own_sentence(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
