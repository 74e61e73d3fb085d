"""Figures (audit s26, cc4aa22b8212): a price the parse sets beside the owner of the thing it prices ("Satechi's
awesome $29 72W USB-C PD Car Charger", the price an apposition of "Satechi") prices the thing owned, not the owner.
Prices the parse hangs on the thing itself stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Satechi’s awesome $29 72W USB-C PD Car Charger is the best car charger I own.", "$29", "USB-C PD Car Charger"),
    # kept: the parse hangs the price on the product
    ("Garmin’s rugged $299 Instinct 2 Solar watch is the one I wear every day.", "$299", "Instinct 2 Solar watch"),
    ("Amazon’s tiny $50 Echo Dot speaker is the cheapest smart speaker you can buy.", "$50", "Echo Dot speaker"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_price_beside_an_owner_prices_the_thing_owned(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
