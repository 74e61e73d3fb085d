"""Figures: a deal's heading, a line with no verb ("[Label:] [N% Off] PRODUCT [with ...] for $X [(Originally $Y)]",
"..., Now $X"), prices the product it names: "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139" was
about 'Price Drop', "45% Off 65" LG 65UM7300 4K Smart HDTV, Now $549 Plus $50 Dell eGift Card" about 'Dell eGift
Card'. The call to buy after the deal's blurb ("Get it on Amazon for $139") repeats the heading's price, so it is
about the same product. A price before the deal ("Originally $159") contradicts no deal price."""

from __future__ import annotations

import re

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

HEADINGS = [
    ("New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159)", 139,
     "Apple AirPods 2 Wireless Earphones"),
    ("New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159)", 159,
     "Apple AirPods 2 Wireless Earphones"),
    ('45% Off 65" LG 65UM7300 4K Smart HDTV, Now $549 Plus $50 Dell eGift Card', 549, "LG 65UM7300 4K Smart HDTV"),
    ('70" Element 4K UHD Smart HDTV with Roku for $499.99 (Originally $800)', 499.99,
     "Element 4K UHD Smart HDTV with Roku"),
    ("4 Month of Amazon Music Unlimited for $0.99", 0.99, "Amazon Music Unlimited"),
    ("Sonos Move for $400", 400, "Sonos Move"),
    # near miss: a sentence with a verb
    ("Braun's Ithaca Holdings purchased Big Machine for $300M in a deal.", 3e8, "Big Machine"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), HEADINGS)
def test_a_deal_heading_prices_its_product(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_a_bonus_after_the_price_is_not_the_product(parsed) -> None:
    # near miss: the bonus after the deal's price is no price of the product
    f = one_of(figures_of(parsed, '45% Off 65" LG 65UM7300 4K Smart HDTV, Now $549 Plus $50 Dell eGift Card'), 50)
    assert f.about != "LG 65UM7300 4K Smart HDTV"


HEADING = "New Price Drop: 2019 Apple AirPods 2 Wireless Earphones for $139 (Originally $159). "
BLURB = "The price of the Airpods 2 has dropped today to the lowest price we have ever seen. "


def test_get_it_for_the_headings_price(parsed) -> None:
    figs = figures_of(parsed, HEADING + BLURB + "Get it on Amazon for $139")
    assert figs[-1].about == "Apple AirPods 2 Wireless Earphones"


def test_get_it_for_another_price(parsed) -> None:
    # near miss: a price the heading does not give
    figs = figures_of(parsed, HEADING + BLURB + "Get it on Amazon for $129")
    assert figs[-1].about is None


def test_a_former_price_is_no_conflict(parsed) -> None:
    assert conflicts_of(parsed, HEADING) == []
    # near miss: two deal prices of one product still clash
    assert conflicts_of(parsed, HEADING, "Apple AirPods 2 Wireless Earphones for $129") == [[129, 139]]


def test_a_price_in_the_past_tense_still_clashes(parsed) -> None:
    # near miss: "was" states a price, not a former one
    assert conflicts_of(parsed, "The deal was $5 billion.", "The deal was worth $6 billion.") == [[5e9, 6e9]]


# Review s17 HIGH-1: a Title Case headline with a verb ("Disney Buys ...", "Microsoft to Acquire ...") is no deal's
# heading: the parse's reading stays (none of these took the whole headline before 645576b).
HEADLINES = [
    ("Disney Buys 21st Century Fox for $71.3 Billion", 7.13e10),
    ("Microsoft to Acquire LinkedIn for $26.2 Billion in Cash", 2.62e10),
    ("Amazon Buys Whole Foods for $13.7 Billion", 1.37e10),
    ("Walmart Sues Tesla for $1 Million Over Solar Fires", 1e6),
    ("City Council Approves Budget for $1.2 Billion Plan", 1.2e9),
    ("Tesla Sells 500,000 Cars, Now $420 a Share", 420),
    # review s17 HIGH-2: a past form before "for" is a headline's verb
    ("Tesla Sued for $1 Billion", 1e9),
    ("Mansion Listed for $95 Million", 9.5e7),
    ("Rolex Watch Auctioned for $17.8 Million", 1.78e7),
    # an irregular past form, from the model's lemmatizer exceptions, not a hand list
    ("Stadium Built for $1.5 Billion", 1.5e9),
    ("Mansion Built for $95 Million", 9.5e7),
]


@pytest.mark.parametrize(("text", "value"), HEADLINES)
def test_a_headline_with_a_verb_is_no_deal(parsed, text, value) -> None:
    about = one_of(figures_of(parsed, text), value).about
    assert about is not None
    # not the headline's words before the price, verb included (review s17 LOW-8: "Tesla Sells 500,000 Cars")
    assert about != re.split(r" for |, Now ", text)[0]


DEAL_NAMES = [
    # review s17 LOW-9: "Up to" before the discount is no infinitive
    ("Up to 40% Off Samsung QLED TVs, Now $898", 898, "Samsung QLED TVs"),
    # review s17 HIGH-2 side effect: a possessive is part of the name; a base form ends a product's name
    ("Levi's 501 Jeans for $40 (Originally $60)", 40, "Levi's 501 Jeans"),
    ("Sonos Move for $400", 400, "Sonos Move"),
    # review s19 r1 MED-11: a name ending in a noun that is also an irregular past ("saw", "bed") is a product's
    ("DeWalt 20V Max Circular Saw for $99", 99, "DeWalt 20V Max Circular Saw"),
    ("Casper Original Bed for $995", 995, "Casper Original Bed"),
]


@pytest.mark.parametrize(("text", "value", "about"), DEAL_NAMES)
def test_deal_names(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("Today's deals: AirPods Pro for $199, Echo Dot for $25, Kindle Paperwhite for $90", 25, "AirPods Pro"),
        ("Today's deals: AirPods Pro for $199, Echo Dot for $25, Kindle Paperwhite for $90", 90, "AirPods Pro"),
        ("Top picks: Bose QuietComfort 35 II for $199, Sonos Move for $399", 399, "Bose QuietComfort 35 II"),
    ],
)
def test_a_list_of_deals_gives_no_price_to_the_first_product(parsed, text, value, about) -> None:
    """A line listing several deals, each 'for $N', is no one product's heading (review s17 round 3 HIGH-1)."""
    assert one_of(figures_of(parsed, text), value).about != about


def test_a_list_of_deals_makes_no_conflict_with_the_first_products_deal(parsed) -> None:
    texts = ["Top picks: Bose QuietComfort 35 II for $199, Sonos Move for $399",
             "Bose QuietComfort 35 II for $199 (Originally $349)"]  # fmt: skip
    assert not conflicts_of(parsed, *texts)
