"""Figures: a line that holds only a price is the price of the product the line before it names, as shopping lists set
them out ("Apple AirPods with Charging Case (Latest Model)" / "$139.00" / "Available from Amazon"), with the
specifications that tell the model and without a colour after a dash or a bracket of no figures (about/deal_lines.py
_price_line_about). Not after a sentence, a heading that names nothing, or when the price shares its line."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LINES = [
    (
        "Apple AirPods with Charging Case (Latest Model)\n\n$139.00\n\nAvailable from Amazon",
        139,
        "Apple AirPods with Charging Case",
    ),
    (
        "Apple iPad Pro (11-inch, Wi-Fi, 64GB) - Space Gray (Latest Model)\n\n$674.00\n\nBuy Now",
        674,
        "Apple iPad Pro (11-inch, Wi-Fi, 64GB)",
    ),
    (
        "Beats Solo3 Wireless On-Ear Headphones - Matte Black\n\n$164.99\n\nBuy Now",
        164.99,
        "Beats Solo3 Wireless On-Ear Headphones",
    ),
]
# review s21 r2b HIGH-1: a brand-led product heading keeps its product; a label before a colon is dropped
LINES += [
    ("Apple AirPods Pro 2\n$189\nBuy Now", 189, "Apple AirPods Pro 2"),
    ("Sony WH-1000XM5\n$328\nBuy Now", 328, "Sony WH-1000XM5"),
    ("Dyson V15 Detect\n$649\nBuy Now", 649, "Dyson V15 Detect"),
    ("Nike Pegasus 40\n$130\nBuy Now", 130, "Nike Pegasus 40"),
    ("Best overall: Apple AirPods Pro 2\n$189\nBuy Now", 189, "Apple AirPods Pro 2"),
]
NONE = [
    ("The company said revenue rose.\n$5 billion\nMore text here.", 5e9),
    ("Prices\n$5\nEach", 5),
    # review s21 r1b LOW-12: a caption
    ("Photo: Getty Images\n$5\nMore", 5),
]


@pytest.mark.parametrize(("text", "value", "about"), LINES)
def test_a_price_line_is_the_headings_product(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(("text", "value"), NONE)
def test_no_product_no_about(parsed, text, value) -> None:
    assert one_of(figures_of(parsed, text), value).about is None
