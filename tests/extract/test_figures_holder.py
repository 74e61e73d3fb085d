"""Figures: who or what gives or holds an amount (Figure.holder) is the subject as written, for a reader of the JSON
("Amazon holds a 10% stake in Rivian": "Amazon", not "amazon"; review s19 r2 LOW-13); conflicts compare it in lower
case. A pronoun holds nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of


@pytest.mark.parametrize(
    ("text", "value", "holder"),
    [
        ("Amazon holds a 10% stake in Rivian.", 10, "Amazon"),
        ("The earbuds easily give 5 hours of battery life.", 5, "earbuds"),
        ("The storm, which stalled over Houston, dumped 20 inches of rain.", 20, "storm"),
        # near misses: a pronoun, the figure's own noun
        ("They still feature up to 5 hours of battery life.", 5, None),
        ("A 25% tariff on steel took effect.", 25, None),
        # review s19 r2 LOW-13 addendum: the figure's own word holds nothing; the owner of the rate's noun does
        ("Seventy-eight percent of Americans live paycheck to paycheck.", 78, None),
        ("Microsoft's 49% stake in OpenAI is worth billions.", 49, "Microsoft"),
        ("The tanker Exxon Valdez spilled 11 million gallons of oil.", 1.1e7, "Exxon Valdez"),
        # review s19 r3 MED-8 / MED-9 / MED-3: the whole name; only where conflicts use it; no code alone
        ("The iPhone 15 Pro Max gives 29 hours of video playback.", 29, "iPhone 15 Pro Max"),
        ("Officers arrested Christopher D. Battin, 33, on Monday.", 33, None),
        ("In-car infotainment comes courtesy of an 8-inch touchscreen display.", 8, None),
        ("Spot gold XAU= added 0.1% to $1,472.19 an ounce.", 1472.19, None),
    ],
)
def test_the_holder_as_written(parsed, text, value, holder) -> None:
    assert one_of(figures_of(parsed, text), value).holder == holder
