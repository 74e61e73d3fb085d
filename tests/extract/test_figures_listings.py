"""Figures: in a product listing, a specification or price is about the product: the name before a parenthesised
list with no verb ("Apple iPad Pro (11-inch, Wi-Fi, 64GB)", "the Brydge Pro ($129, regular $149)"), or the first
item of a verbless line that lists a name and its specifications ("Apple iPhone 7 Plus, GSM Unlocked, 128GB").
A conversion in brackets, an aside with a verb, and a sentence with a verb keep their own reading."""

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
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), LISTED)
def test_listed_product(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
