"""Figures: a discount ("$10 Off Nintendo Switch Lite", "25% off the Apple Watch") says how much less than the
thing's price, so no price of the thing ("Nintendo Switch Lite for $200") contradicts it; nor does a bundle's price
("Nintendo Switch Lite with Pokemon Sword and Case for $238.99"), another product. Two prices of the thing still
clash."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of


def test_a_discount_is_no_price(parsed) -> None:
    price = "Nintendo Switch Lite for $200"
    assert conflicts_of(parsed, "$10 Off Nintendo Switch Lite and Pokemon Bundle", price) == []
    assert conflicts_of(parsed, "$15 Off Apple AirPods Pro on Amazon", "Apple AirPods Pro for $235") == []


def test_a_bundle_is_another_product(parsed) -> None:
    bundle = "Nintendo Switch Lite with Pokemon Sword or Shield and Case for $238.99"
    assert conflicts_of(parsed, bundle, "Nintendo Switch Lite for $200") == []


def test_two_prices_still_clash(parsed) -> None:
    # near miss: a price against a price
    assert conflicts_of(parsed, "Apple AirPods Pro for $249", "Apple AirPods Pro for $235") == [[235, 249]]


# Review s17 MED-1: "X with Y" is no bundle in business news; the deal heading's product keeps its "with" itself.
def test_a_settlement_with_someone_still_clashes(parsed) -> None:
    a = "Boeing's settlement with the Justice Department totals $2.5 billion."
    assert conflicts_of(parsed, a, "Boeing's settlement totals $2.2 billion.") == [[2.2e9, 2.5e9]]


# Review s17 MED-2: only a discount (money, percent) "N off" keys none; a distance off a coast is a position.
def test_a_distance_off_the_coast_still_clashes(parsed) -> None:
    a = "The boat carrying 50 migrants capsized 20 miles off the coast of Libya."
    b = "The boat carrying 50 migrants capsized 30 miles off the coast of Libya."
    assert conflicts_of(parsed, a, b) == [[20, 30]]


# Review s17 LOW-1: "(was $348)" in brackets after a deal's price is the former price.
def test_was_in_brackets_is_a_former_price(parsed) -> None:
    a = "Sony WH-1000XM3 Wireless Headphones for $278 (was $348)"
    assert conflicts_of(parsed, a, "Sony WH-1000XM3 Wireless Headphones for $278 at Best Buy") == []
