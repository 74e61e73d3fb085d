"""Figures: "off N" after a noun is wire copy's fall only when the noun is the subject of a verbless move in a
"with" phrase ("with the Nasdaq off 0.8%", "with core prices up 0.2% and energy off 1.5%") or "off" follows a form
of "be" ("Attendance was off 10%"); a thing on sale is no fall (review s24 finding 4): 'Walmart has TVs off 40%
this week' and 'He got the shoes off $20 from the list price' read 'down'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

DISCOUNTS = [
    ("Walmart has TVs off 40% this week.", "40%"),
    ("He got the shoes off $20 from the list price.", "$20"),
]


@pytest.mark.parametrize(("text", "figure"), DISCOUNTS)
def test_a_discount_is_no_fall(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.direction for f in hits] == [None]


# near misses: wire copy's falls
FALLS = [
    ("Asian markets were mixed, with the Nasdaq off 0.8%.", "0.8%"),
    ("Inflation came in at 2%, with core prices up 0.2% and energy off 1.5%.", "1.5%"),
    ("Attendance was off 10% at the show.", "10%"),
    ("The company was off 5% from its peak.", "5%"),
    # review s24 round 2, finding 3: comma-gapped market copy
    ("The Dow fell 1.2%, the Nasdaq off 0.8%.", "0.8%"),
    ("The Dow fell 1.2%, the S&P 500 down 0.9% and the Nasdaq off 0.8%.", "0.8%"),
    ("Oil prices slid, Brent crude off 2%.", "2%"),
]


@pytest.mark.parametrize(("text", "figure"), FALLS)
def test_a_verbless_move_off_is_a_fall(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.direction for f in hits] == ["down"]
