"""Figures: money named by words around the number: "pounds of sponsorship" (sterling, not a weight), "65 U.S.
cents" (a dollar's cents), and capitals that only look like a currency code ("ONE COP was injured")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

UNITS = [
    ("He raised 2,000 pounds of sponsorship for the charity run.", 2000.0, "money", "GBP"),
    ("They paid 500 pounds of ransom.", 500.0, "money", "GBP"),
    ("Shares fell 65 U.S. cents to $12.40.", 65.0, "money", "USD cent"),
    ("The loonie rose 2 Canadian cents.", 2.0, "money", "CAD cent"),
    ("The Aussie dollar fell 1.5 US cents.", 1.5, "money", "USD cent"),
    ("ONE COP was injured in the clash.", 1.0, "count", None),
    ("Two COP officers were hurt.", 2.0, "count", "officer"),
    # guards: pounds of a thing weigh it, cents without a name are the dollar's, a code after digits is money
    ("He bought 2,000 pounds of beef.", 2000.0, "quantity", "pound"),
    ("Shares fell 65 cents to $12.40.", 65.0, "money", "USD cent"),
    ("The fare rose 20 euro cents.", 20.0, "money", "EUR cent"),
    ("He met 3 Canadian officials.", 3.0, "count", "official"),
    ("It cost 5,000 COP.", 5000.0, "money", "COP"),
    ("The loan was five million USD.", 5e6, "money", "USD"),
    ("It cost ten EUR.", 10.0, "money", "EUR"),
    # guards (review r1 LOW-3, LOW-4): a capital number before a code in running text, and cents of no dollar
    ("The fine is TEN USD per day.", 10.0, "money", "USD per day"),
    ("It cost 5 British cents.", 5.0, "count", "cent"),
    ("It rose 3 Hong Kong cents.", 3.0, "money", "HKD cent"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), UNITS)
def test_money_words(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)
