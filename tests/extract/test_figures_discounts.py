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
]


@pytest.mark.parametrize(("text", "value", "about"), DISCOUNTS)
def test_a_discount_is_about_what_it_is_taken_off(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
