"""Figures: one of a unit that is the subject of a clause whose verb prices it is the money's denominator ("A gallon
of gas now costs $3.50": USD 3.50 per gallon, about gas), as "$3.50 a gallon" is, and no figure of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of, unit_of

PRICED = [
    ("A gallon of gas now costs $3.50, up from $3.10 a year ago.", 3.5, "USD per gallon", "gas"),
    ("A gallon of gas now costs $3.50, up from $3.10 a year ago.", 3.1, "USD per gallon", "gas"),
    ("A barrel of Brent crude rose $2 to $85.", 85.0, "USD per barrel", "Brent crude"),
    ("A litre of petrol costs 1.50 euros in Paris.", 1.5, "EUR per litre", "petrol"),
    ("A barrel of oil costs $60.", 60.0, "USD per barrel", "oil"),
    # review s20 r1b LOW: a participle the parse hangs on the unit's noun, a pound weighed and priced in pounds
    ("An acre of farmland sold for $10,000.", 10000.0, "USD per acre", "farmland"),
    ("A pound of beef costs 5 pounds in London.", 5.0, "GBP per pound", "beef"),
    ("An ounce of gold hit a record of $2,400.", 2400.0, "USD per ounce", "gold"),  # review s20 r3b MED
    # review s20 r3b HIGH: 'go' prices unless it has a complement of its own ('went missing')
    ("A gallon of gas went up to $4.10 this week.", 4.1, "USD per gallon", "gas"),
    ("A barrel of oil went from $80 to $90 in a week.", 90.0, "USD per barrel", "oil"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), PRICED)
def test_a_priced_unit_is_the_moneys_denominator(parsed, text, value, unit, about) -> None:
    figs = figures_of(parsed, text)
    f = one_of(figs, value)
    assert (unit_of(f), f.about) == (unit, about)
    assert not [g for g in figs if g.kind == "quantity"], figs


# near misses: no money priced by the clause, or the unit is what the money buys
KEPT = [
    ("A gallon of milk spilled.", "gallon"),
    ("The company paid $5 million for a mile of track.", "mile"),
]


@pytest.mark.parametrize(("text", "unit"), KEPT)
def test_a_unit_priced_by_nothing_stays(parsed, text, unit) -> None:
    assert one_of(figures_of(parsed, text), 1.0).unit == unit


def test_money_of_a_clause_of_its_own_is_no_price(parsed) -> None:
    # review s20 r1b MED: a loss in a participle clause under the unit's verb is no price of the unit
    figs = figures_of(parsed, "A gallon of milk spilled, costing the store $5.")
    assert one_of(figs, 1.0).unit == "gallon"
    assert unit_of(one_of(figs, 5.0)) == "USD"


# review s20 r2b MED: money beside the unit's verb but not its price ("along with", "despite"), and "went" with no "for"
BESIDE = [
    ("A pound of the drug went missing, along with $50,000 in cash.", 50000.0, "pound"),
    ("A mile of the highway went unpaved despite $5 million.", 5e6, "mile"),
]


@pytest.mark.parametrize(("text", "money", "unit"), BESIDE)
def test_money_beside_a_unit_is_no_price(parsed, text, money, unit) -> None:
    figs = figures_of(parsed, text)
    assert one_of(figs, 1.0).unit == unit
    assert unit_of(one_of(figs, money)) == "USD"


# s23: one of a unit after "the price/cost of" is the price's denominator too ("The average price of a gallon of
# regular gasoline rose 5 cents to $2.65": USD 2.65 per gallon); at base "a gallon" was a figure of its own and the
# money plain USD
PRICE_OF = [
    ("The average price of a gallon of regular gasoline rose 5 cents to $2.65.", 2.65, "USD per gallon"),
    ("The price of a barrel of oil rose to $60.", 60.0, "USD per barrel"),
]


@pytest.mark.parametrize(("text", "value", "unit"), PRICE_OF)
def test_the_price_of_a_unit_is_per_unit(parsed, text, value, unit) -> None:
    figs = figures_of(parsed, text)
    assert unit_of(one_of(figs, value)) == unit
    assert not [g for g in figs if g.kind == "quantity"], figs


# near misses: money of another clause after the price; one of a unit that is no price's
def test_money_of_another_clause_is_not_per_unit(parsed) -> None:
    figs = figures_of(parsed, "The price of a gallon of gas is $3, and a movie ticket costs $12.")
    assert unit_of(one_of(figs, 12.0)) == "USD"
    assert one_of(figs, 12.0).about == "movie ticket"


def test_a_unit_after_another_noun_stays(parsed) -> None:
    assert one_of(figures_of(parsed, "He asked for the weight of a gallon of milk."), 1.0).unit == "gallon"
