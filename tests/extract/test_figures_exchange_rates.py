"""Figures: an exchange rate is one currency's price in another ("The yen weakened to 108.55 per dollar": JPY per
USD), not a bare number."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

EXCHANGE_RATES = [
    ("The yen weakened to 108.55 per dollar.", 108.55, "money", "JPY per USD"),
    ("The rupee fell to 83.2 per dollar on Monday.", 83.2, "money", "INR per USD"),
    ("The yuan was at 7.1 to the dollar.", 7.1, "money", "CNY per USD"),
    ("The ruble slid to 75 per euro.", 75, "money", "RUB per EUR"),
    ("The currency slid to 108.55 yen to the dollar.", 108.55, "money", "JPY per USD"),
    ("The dollar bought 108.55 yen per dollar.", 108.55, "money", "JPY per USD"),
    # near misses: a price in the same currency, a weight's price, a count per dollar, no currency named
    ("Beef costs $5 per pound.", 5, "money", "USD per pound"),
    ("Members earn 2 points per dollar spent.", 2, "quantity", "point per dollar"),
    ("He gave 5 to the dollar store.", 5, "number", None),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), EXCHANGE_RATES)
def test_an_exchange_rate_is_a_price_in_another_currency(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)


# A money level of a currency that is the subject of the verb the level hangs on ("fell to", "trading at") is
# that currency's price: USD per GBP.
PRICED_CURRENCIES = [
    ("Sterling GBP= was last trading at $1.2925, down 0.21% on the day.", 1.2925, "USD per GBP", "Sterling"),
    ("The pound fell to $1.21 against the dollar.", 1.21, "USD per GBP", "pound"),
    ("The euro rose to 1.12 dollars.", 1.12, "USD per EUR", "euro"),
    ("The dollar rose to 108.55 yen.", 108.55, "JPY per USD", "dollar"),
    # near misses: the same currency, no currency subject, a currency that is no subject
    ("The dollar fell to $1.05.", 1.05, "USD", None),
    ("The fund rose to $5 billion.", 5e9, "USD", "fund"),
    ("The yen's weakness cost Toyota $2 billion.", 2e9, "USD", "weakness"),
    ("Bitcoin tumbled to below $20,000.", 2e4, "USD", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), PRICED_CURRENCIES)
def test_a_currency_subject_is_priced_by_its_level(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f), f.about) == ("money", unit, about)


# A rate the parse gives nothing to be about is about the currency it prices, however far before it.
RATE_ABOUT = [
    ("The Japanese yen strengthened 0.13% versus the greenback at 108.55 per dollar.", 108.55, "Japanese yen"),
    # near misses: an about the parse found stays
    ("The yen weakened to 108.55 per dollar.", 108.55, "yen"),
    ("The yuan was at 7.1 to the dollar.", 7.1, "yuan"),
]


@pytest.mark.parametrize(("text", "value", "about"), RATE_ABOUT)
def test_a_rate_is_about_the_currency_it_prices(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# "N against the Y" after a currency X is the market's quote of the pair, whichever of the two is the subject: the
# price of the pair's base (EUR, GBP, AUD before USD; USD before CAD, CHF, JPY and any other) in the other.
AGAINST = [
    ("The euro fell to 1.08 against the dollar.", 1.08, "money", "USD per EUR"),
    ("Sterling fell to 1.21 against the dollar on Friday.", 1.21, "money", "USD per GBP"),
    ("The dollar rose to 145.20 against the yen.", 145.2, "money", "JPY per USD"),
    ("The Australian dollar rose to 0.66 against the U.S. dollar.", 0.66, "money", "USD per AUD"),
    ("The bitcoin price rose to 60,000 against the dollar.", 6e4, "money", "USD per BTC"),
    # near misses: the weaker currency as subject reads the same way; two currencies with no convention between
    # them give no unit; "per" and "to the" name the base themselves
    ("The yen fell to 160 against the dollar.", 160, "money", "JPY per USD"),
    ("The Turkish lira weakened to 32 against the dollar.", 32, "money", "TRY per USD"),
    ("The rupee fell to 2.3 against the yuan.", 2.3, "number", None),
    ("The ruble slid to 75 per euro.", 75, "money", "RUB per EUR"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), AGAINST)
def test_a_quote_against_a_currency_follows_the_market_order(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)


# A currency named inside a relative or participle clause that does not hold the rate is not what the rate prices.
RATE_CURRENCY_CLAUSE = [
    ("The euro, which rose against the yen, was little changed at 1.08 per dollar.", 1.08, "EUR per USD"),
    # near misses: the nearest currency in the rate's own clause, and a clause that names no currency
    ("Traders bought the euro while the Swiss franc held at 0.88 per dollar.", 0.88, "CHF per USD"),
    ("Oil fell 2% as the dollar rose, and the yen slipped to 150 per dollar.", 150, "JPY per USD"),
    ("The yuan, traded in Shanghai, was at 7.1 to the dollar.", 7.1, "CNY per USD"),
]


@pytest.mark.parametrize(("text", "value", "unit"), RATE_CURRENCY_CLAUSE)
def test_a_rate_prices_no_currency_of_another_clause(parsed, text, value, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == ("money", unit)


# A currency's price is about that currency, whatever noun the parse finds after the level ("in Asian trade").
PRICED_ABOUT = [
    ("The euro fell to $1.08 in Asian trade.", 1.08, "USD per EUR", "euro"),
    # near misses: no currency subject keeps the parse's about
    ("The fund rose to $5 billion in new money.", 5e9, "USD", "money"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), PRICED_ABOUT)
def test_a_currency_price_is_about_the_currency(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (_unit(f), f.about) == (unit, about)


# A currency priced in the other's subunit is a rate too ("The euro rose to 85 pence": GBP pence per EUR).
PRICED_IN_SUBUNITS = [
    ("The euro rose to 85 pence.", 85, "GBP pence per EUR"),
    # near misses: a share price in pence prices no currency
    ("The stock rose to 85 pence.", 85, "GBP pence"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PRICED_IN_SUBUNITS)
def test_a_currency_priced_in_a_subunit_is_a_rate(parsed, text, value, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == ("money", unit)


# A weight of a good as the subject is no currency: its price is money, not an exchange rate.
GOODS_PRICED = [
    ("A pound of ground beef rose to 99 cents.", 99, "USD", "USD cent per GBP"),
    ("A pound of coffee rose to $5.99 last month.", 5.99, "USD", "USD per GBP"),
    # near miss: the currency itself
    ("The pound fell to $1.21 against the dollar.", 1.21, "USD per GBP", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "not_unit"), GOODS_PRICED)
def test_a_pound_of_a_good_is_no_currency(parsed, text, value, unit, not_unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert f.kind == "money"
    assert (f.unit or "").split(" ")[0] in ("USD", unit.split(" ")[0])
    assert _unit(f) != not_unit
    if not_unit is None:
        assert _unit(f) == unit
