"""Figures: bare "dollars" under a Taiwanese dateline are New Taiwan dollars, as wire copy writes them ("TAIPEI
(Reuters) - Taiwan will spend 2 billion dollars": TWD), while "$" stays the US dollar, which Taipei copy uses for
converted sums ("TAIPEI (Reuters) - TSMC said it would spend $3 billion": USD). Pins the brief's 'TAIPEI dollars'
item, which the dateline country already decided (money._dateline_country)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("TAIPEI (Reuters) - Taiwan will spend 2 billion dollars on missiles, the ministry said.", "TWD"),
    ("TAIPEI, Taiwan (AP) — The island will spend 2 billion dollars on missiles.", "TWD"),
    ("TAIPEI, Nov 1 (Reuters) - The government will spend 2 billion dollars on missiles.", "TWD"),
    ("TAIPEI (Reuters) - TSMC said it would spend $3 billion on a plant in Arizona.", "USD"),
    ("WASHINGTON (Reuters) - Taiwan will buy 2 billion dollars of missiles, officials said.", "USD"),
]


@pytest.mark.parametrize(("text", "unit"), CASES)
def test_taipei_dollars(parsed, text, unit) -> None:
    money = [f for f in figures_of(parsed, text) if f.kind == "money"]
    assert [f.unit for f in money] == [unit]
