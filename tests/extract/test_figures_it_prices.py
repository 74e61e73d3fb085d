"""Figures: 'it' with a price or value ("It sells for $799", "It is worth $2 billion") after a sentence whose main
verb has a subject and an object is the object, the thing made, sold, bought or signed, not the company, agency or
player that acted on it (review r2 HIGH-4, r1 MED-3); with no object it is the subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

PRICES = [
    ("Apple released the iPhone 15 on Friday. It sells for $799.", 799.0, "iPhone 15"),
    ("The company unveiled the new plant on Monday. It cost $300 million.", 3e8, "plant"),
    ("The Pentagon announced a new aid package. It is worth $2 billion.", 2e9, "aid package"),
    ("The city council approved the new contract. It runs for five years and is worth $12 million.", 1.2e7,
     "contract"),
    ("The rookie signed a three-year contract. It is worth $12 million.", 1.2e7, "contract"),
    ("The quarterback signed a contract extension on Monday. It is worth $160 million.", 1.6e8,
     "contract extension"),
    # not the buyer; the bought 'maker' is an agent noun like 'governor', so neither
    ("Microsoft bought the video game maker. It was valued at $69 billion.", 6.9e10, None),
    # guards: no object, a verb of paying (the payer), a person subject as before
    ("Ford's Mustang Mach E SUV will go 300 miles. It will start at $44,000.", 44000.0, "Mustang Mach E SUV"),
    ("The airline ordered 50 new jets. It will pay $5 billion.", 5e9, "airline"),
    ("The governor signed the bill into law. It will cost $40 million.", 4e7, "bill"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), PRICES)
def test_it_with_a_price(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
