"""Figures: a discount ("N off X") is about what it is taken off, not the seller or the page."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

DISCOUNTS = [
    ("That is good for nearly $600 off the original price.", 600.0, "original price"),
    ("$15 Off Apple AirPods Pro on Amazon", 15.0, "Apple AirPods Pro"),
    (
        "Expercom is knocking up to $438 off select new configurations with coupon code appleinsider.",
        438.0,
        "select new configurations",
    ),
    ("Adorama is taking up to $250 off retail models with promo code APINSIDER.", 250.0, "retail models"),
    # guards: how far a price is off a level is about the subject; time off work is no discount
    ("Stocks closed 2% off the day's highs.", 2.0, "Stocks"),
    ("The stock closed 3% off its record.", 3.0, "stock"),
    ("The index ended 4% off record highs.", 4.0, "index"),
    # when a deal runs is no part of what it is off; a standing verb says how far a price is from X
    ("The TV is $200 off today.", 200.0, "TV"),
    ("The bundle is $50 off this weekend.", 50.0, "bundle"),
    ("The laptop is $300 off Black Friday.", 300.0, "laptop"),
    ("Shares now trade 40% off the IPO price.", 40.0, "Shares"),
    # near misses: a discount taken off a thing named before the date still is about that thing
    ("Get $100 off the iPad Pro today.", 100.0, "iPad Pro"),
    ("Shoppers can take 30% off the IPO price list this weekend.", 30.0, "IPO price list"),
    # a date word that modifies the noun after it is part of the thing ("Black Friday deals"), as is a day name in
    # a brand; a date standing alone after "off" still is when ("$300 off Black Friday" above)
    ("Get 30% off Black Friday deals at Target.", 30.0, "Black Friday deals"),
    ("Take 40% off summer dresses at Gap.", 40.0, "summer dresses"),
    ("Target is offering 30% off Halloween costumes this week.", 30.0, "Halloween costumes"),
    ("Save $200 off last year's MacBook Air.", 200.0, "last year's MacBook Air"),
    ("Save 20% off Sunday Riley skincare.", 20.0, "Sunday Riley skincare"),
    ("The dress is 40% off this summer.", 40.0, "dress"),
    # "with N off X" after a sale's verb is the discount, not a level the sale stands at; a price level keeps it
    ("The sale ends today with 40% off all jackets.", 40.0, "jackets"),
    ("The deal ends at midnight, with 30% off all laptops.", 30.0, "laptops"),
    ("The offer remains 25% off all orders.", 25.0, "orders"),
    ("The shares ended 20% off their offer price.", 20.0, "shares"),
    ("Bitcoin traded 50% off its peak.", 50.0, "Bitcoin"),
]


@pytest.mark.parametrize(("text", "value", "about"), DISCOUNTS)
def test_a_discount_is_about_what_it_is_taken_off(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
