"""Figures: a stock's instrument code that the tokenizer splits at its dot ("VOWG_p.DE": "VOWG_p", ".", "DE") is no
part of what a figure is about; the name written before it is ("Siemens SIEGn.DE rose 3%": Siemens, not "DE")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CODES = [
    ("Siemens SIEGn.DE rose 3%.", 3.0, "Siemens"),
    ("Shares of Volkswagen VOWG_p.DE fell 2% on Monday.", 2.0, "Volkswagen"),
    ("Volkswagen VOWG_p.DE shares fell 2%.", 2.0, "Volkswagen shares"),
    ("BMW BMWG.DE shares rose 1%.", 1.0, "BMW shares"),
    # near misses: a code the tokenizer keeps whole, dotted initials of a country
    ("Apple AAPL.O rose 1%.", 1.0, "Apple"),
    ("The U.S. economy grew 2%.", 2.0, "U.S. economy"),
    ("The U.K. economy shrank 0.5% in the third quarter.", 0.5, "U.K. economy"),
]


@pytest.mark.parametrize(("text", "value", "about"), CODES)
def test_a_split_stock_code_is_no_part_of_the_about(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
