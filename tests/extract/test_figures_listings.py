"""Figures: in a product listing, a specification or price is about the product: the name before a parenthesised
list with no verb ("Apple iPad Pro (11-inch, Wi-Fi, 64GB)", "the Brydge Pro ($129, regular $149)"), or the first
item of a verbless line that lists a name and its specifications ("Apple iPhone 7 Plus, GSM Unlocked, 128GB").
A conversion in brackets, an aside with a verb, a sentence with a verb, brackets after a place or after a name
governed by a preposition ("The fine on Google (...)"), a figure with its own noun or a direction, and a later
record of the line ("Boston, 12 inches; Worcester, 15 inches") keep their own reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LISTED = [
    ("Apple iPad Pro (11-inch, Wi-Fi, 64GB) - Space Gray (Latest Model)", 64, "Apple iPad Pro"),
    ("Apple iPhone 7 Plus, GSM Unlocked, 128GB - (Renewed)", 128, "Apple iPhone 7 Plus"),
    ("Apple iPhone 7, GSM Unlocked, 32GB - Black (Renewed)", 32, "Apple iPhone 7"),
    ("I haven't seen her use the iPad Pro without the Brydge Pro ($129, regular $149) since the day she got it.", 149,
     "Brydge Pro"),
    # near misses: a conversion after a common noun, a sentence with a verb
    ("Titan, with a diameter of 3,200 miles (5,150 km), is the largest moon.", 5150, "diameter"),
    ("Apple, the iPhone maker, sold 20 million phones.", 2e7, "phones"),
    # a model number ends the name
    ("Apple Watch Series 3 (GPS, 38mm) - Silver Aluminium Case with White Sport Band", 38, "Apple Watch Series 3"),
    # review r1 MED-1: brackets after a place, a name after a preposition, a figure with its own noun or a direction
    ("The fine on Google (4.3 billion euros, or $5 billion) was upheld by the court.", 5e9, "fine"),
    ("Prescott agreed to a four-year contract with Dallas ($160 million, $126 million guaranteed).", 1.6e8,
     "contract"),
    ("Germany (83 million people, GDP $3.8 trillion) is Europe's largest economy.", 3.8e12, "GDP"),
    ("The attack in Nashville (3 dead, 12 injured, $10 million in damage) shocked the city.", 1e7, "damage"),
    ("Prices at Walmart (up 3%, to $12.50 a pack) rose again.", 3, "Prices"),
    # review r1 MED-2: each record of a verbless line is its own name's
    ("Boston, 12 inches; Worcester, 15 inches; Providence, 9 inches.", 15, "Worcester"),
    ("Microsoft Corp, $1.2 trillion, Apple Inc, $1.1 trillion.", 1.1e12, "Apple Inc"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), LISTED)
def test_listed_product(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
