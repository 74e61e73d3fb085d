"""Figures: a phrase that starts with the unit of a measure glued to its number ("MacBook 256GB", "iPad Pro 12.9-inch
64GB Wi-Fi") is a product's specification; what a price is for is the product's name before the measures, which the
parse did not make the head, with the specifications that tell the model ("offers Apple's 12-inch MacBook 256GB ...
for $700": MacBook 256GB, not 'GB'; about/phrases.py _named_before_spec)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

NAMED = [
    (
        "Today only, Amazon offers Apple's 12-inch MacBook 256GB in certified refurbished condition for $700.",
        700,
        "MacBook 256GB",
    ),
    (
        "Electronic Express via Rakuten is offering the Apple iPad Pro 12.9-inch 64GB Wi-Fi for $799.",
        799,
        "Apple iPad Pro 12.9-inch 64GB Wi-Fi",
    ),
    ("Samsung sells the Galaxy S10 128GB for $899.", 899, "Galaxy S10 128GB"),
]
KEPT = [
    ("The phone has 128GB of storage and costs $799.", 799, "phone"),
    ("The 256 GB model costs $700.", 700, "model"),
]


@pytest.mark.parametrize(("text", "value", "about"), NAMED + KEPT)
def test_a_price_is_the_named_products(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
