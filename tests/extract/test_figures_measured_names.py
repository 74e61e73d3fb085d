"""Figures: a measure written before a product's name is about the whole name, to its last word, when the name
ends the phrase ("61W USB-C Power Delivery GaN Wall Charger is ...", "38mm Smart Watch for $169.99"); a name that
runs on into common words or numbers is not cut short there ("150 kW DC fast charging support", "an 87W
Thunderbolt 3 dock"), and a measure of a named thing keeps the name ("the 16-inch MacBook Pro redesign")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

NAMES = [
    ("RAVPower's 61W USB-C Power Delivery GaN Wall Charger is my go-to solution for travel.", 61,
     "USB-C Power Delivery GaN Wall Charger"),
    ("New Price Drop: Apple Watch Series 3 38mm Smart Watch for $169.99 (Originally $200)", 38, "Smart Watch"),
    ("Add 1 1/2 cups Don Victor Honey and boil until thickened.", 1.5, "Don Victor Honey"),
    # near misses
    ("Still, there'll be 150 kW DC fast charging support.", 150, "DC fast charging support"),
    ("In our testing, an 87W Thunderbolt 3 dock or power adapter still drained the battery.", 87, "dock"),
    ("There are more important aspects to the 16-inch MacBook Pro redesign than the screen.", 16, "MacBook Pro"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), NAMES)
def test_measure_before_a_name(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
