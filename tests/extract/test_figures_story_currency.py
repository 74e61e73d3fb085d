"""Figures: a bare currency name shared by several countries ("peso", "dinar") is the currency of the country
the story names, and the default only when it names none."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

NAMES = [
    ("Argentina's central bank said the peso fell to 350 per dollar. Inflation in Argentina hit 100 percent.", 350.0,
     "ARS per USD"),
    ("In the Philippines, a meal costs 200 pesos.", 200.0, "PHP"),
    ("Iraq will pay 1,000 dinars for each barrel.", 1000.0, "IQD"),
    # a currency renumbered since its country's number (review r1 LOW-2): Serbia's dinar is RSD
    ("Serbia's central bank said the dinar fell. In Serbia, bread costs 100 dinars.", 100.0, "RSD"),
    # guards: Mexico's peso and the default when no country is named; "dollar" is the US dollar anywhere
    ("Mexico's central bank said the peso fell 2 percent to 19.5 per dollar.", 19.5, "MXN per USD"),
    ("The peso fell to 19.5 per dollar.", 19.5, "MXN per USD"),
    ("In Canada, the tickets cost 40 dollars.", 40.0, "USD"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), NAMES)
def test_a_bare_name_is_the_story_country_currency(parsed, text, value, unit) -> None:
    assert _unit(one_of(figures_of(parsed, text), value)) == unit
