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
        # near misses: a model's name keeps its number
        ("The Airbus A320 costs $110 million.", 1.1e8, "Airbus A320"),
    ],
)
def test_a_quote_code_is_no_part_of_the_about(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
