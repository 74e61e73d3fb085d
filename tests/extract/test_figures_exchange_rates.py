"""Figures: an exchange rate is one currency's price in another ("The yen weakened to 108.55 per dollar": JPY per
USD), not a bare number."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

EXCHANGE_RATES = [
    ("The yen weakened to 108.55 per dollar.", 108.55, "money", "JPY per USD"),
    ("The rupee fell to 83.2 per dollar on Monday.", 83.2, "money", "INR per USD"),
    ("The yuan was at 7.1 to the dollar.", 7.1, "money", "CNY per USD"),
    ("The ruble slid to 75 per euro.", 75, "money", "RUB per EUR"),
    ("The currency slid to 108.55 yen to the dollar.", 108.55, "money", "JPY per USD"),
    ("The dollar bought 108.55 yen per dollar.", 108.55, "money", "JPY per USD"),
    # near misses: a price in the same currency, a weight's price, a count per dollar, no currency named
    ("The pound fell to $1.21 against the dollar.", 1.21, "money", "USD"),
    ("Beef costs $5 per pound.", 5, "money", "USD per pound-mass"),
    ("Members earn 2 points per dollar spent.", 2, "quantity", "point per dollar"),
    ("He gave 5 to the dollar store.", 5, "number", None),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), EXCHANGE_RATES)
def test_an_exchange_rate_is_a_price_in_another_currency(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
