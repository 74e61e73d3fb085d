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
