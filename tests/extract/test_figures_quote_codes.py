"""Figures: a market quote code that wire copy writes after an instrument's name (Reuters instrument codes: "LCOc1",
".SPX", "GBP=", "CMCU3") is no part of what a figure is about: "Brent LCOc1 futures rose 2.74%" is about "Brent
futures"; a model's name ("Airbus A320", "the G7") keeps its number."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of


@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("Brent LCOc1 futures rose 2.74% to $60.73.", 2.74, "Brent futures"),
        ("Sterling GBP= was last trading at $1.2925, down 0.21% on the day.", 1.2925, "Sterling"),
        ("Copper CMCU3 rose 0.86% in London.", 0.86, "Copper"),
        # review s19 r3 MED-3: a stock's code
        ("Apple AAPL.O shares rose 3% to $190.", 3, "Apple shares"),
        # near misses: a model's name keeps its number
        ("The Airbus A320 costs $110 million.", 1.1e8, "Airbus A320"),
        ("U.S. crude fell 2% on Monday.", 2, "U.S. crude"),
        ("The U.S crude price fell 2%.", 2, "U.S crude price"),  # review s19 r3 MED-3: 'U.S' is no stock's code
    ],
)
def test_a_quote_code_is_no_part_of_the_about(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# Review s19 r3 MED-3: nor of the holder, the same figure's other name for its instrument.
def test_a_quote_code_is_no_part_of_the_holder(parsed) -> None:
    assert one_of(figures_of(parsed, "Apple AAPL.O holds a 10% stake in Acme."), 10).holder == "Apple"
