"""Figures: "&" between proper nouns joins the words of one name, which the parse splits into two conjoined names: a
figure is about "Procter & Gamble", "Johnson & Johnson", "the Eve Door & Window HomeKit Entry Sensor", not 'Procter',
'Johnson' or 'Eve Door' (about/phrases.py _ampersand_rest). "and" between names joins two ("Apple and Google")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

NAMES = [
    ("Procter & Gamble earned $3 billion.", 3e9, "Procter & Gamble"),
    ("Shares of Johnson & Johnson fell 3%.", 3, "Johnson & Johnson shares"),
    (
        "Amazon is currently offering the Eve Door & Window HomeKit Entry Sensor for $30.",
        30,
        "Eve Door & Window HomeKit Entry Sensor",
    ),
]
KEPT = [
    ("Apple and Google earned $3 billion.", 3e9, "Apple"),
]


@pytest.mark.parametrize(("text", "value", "about"), NAMES + KEPT)
def test_an_ampersand_joins_one_name(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
