"""Actors: a name of several words priced right after it ("Apple AirPods Pro for $235") is a product in a deal's
listing, not an actor; a retailer or a company bought is an object and stays."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


def test_a_priced_listing_is_no_actor(parsed) -> None:
    text = (
        "Amazon's Echo Buds cost far less than Apple's AirPods Pro.\n\nApple AirPods Pro for $235\n\n"
        "See it now: Amazon\n\nAmazon Echo Buds for $130\n\nSee it now: Amazon"
    )
    names = names_of(parsed, text)
    assert not any("AirPods" in n or "Echo Buds" in n for n in names)
    assert "Amazon" in names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a company bought and a retailer selling are objects, not priced listings.
        ("Braun's Ithaca Holdings purchased Big Machine for $300 million last year.", "Big Machine"),
        ("The TV is on sale at Best Buy for $238.99 this week.", "Best Buy"),
        ("Get it at Home Depot for $238.99 while stocks last.", "Home Depot"),
        # A given name with a capital inside, a surname the text uses alone (review s17 HIGH-3).
        ("Biggest deals:\nDeAndre Hopkins for $54 million\nHopkins said he was ready to play.", "DeAndre Hopkins"),
        # A person in a contract list and a retailer in a deals list carry no sign of a product (review s17 HIGH-1).
        ("Gerrit Cole for $324 million was the headline deal. Cole said he was thrilled.", "Gerrit Cole"),
        (
            "Where to buy the Nintendo Switch Lite:\n\nBest Buy for $199\n\nTarget for $199\n\nBest Buy said it "
            "expected the console to sell out.",
            "Best Buy",
        ),
        # A company's head noun after a capital inside its first word (review s17 round 3 MED-2).
        (
            "JetBlue Airways for $59 one way is the cheapest fare to Boston this week, the airline said.",
            "JetBlue Airways",
        ),
        (
            "Fares to Florida:\nJetBlue Airways for $59\nDelta Air Lines for $89\nThe airlines said demand was strong.",
            "JetBlue Airways",
        ),
    ],
)
def test_an_object_priced_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        "Best deals this week:\nApple AirPods Pro for $235\nApple said supplies were limited.",
        "Apple AirPods Pro for $235 is the best price yet. Apple said supplies were limited.",
    ],
)
def test_the_maker_of_a_priced_product_stays(parsed, text: str) -> None:
    """The product goes, its maker written alone stays (review s17 round 3 MED-1)."""
    names = names_of(parsed, text)
    assert "Apple" in names
    assert not any("AirPods" in n for n in names)
