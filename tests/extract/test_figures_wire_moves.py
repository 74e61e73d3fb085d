"""Figures: market moves in wire copy's verbless style. "with the Nikkei down 0.3%" moves the Nikkei, not the main
clause's subject ("Asian markets"); "the Nasdaq off 0.8%" and "shares were off 3%" are falls; a currency that is
the subject of its clause is what a price is of ("The euro was little changed at $1.1050": the euro). At base the
first gave 'Asian markets', 'off' gave no direction, and the euro's price had no about."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, unit_of

MOVES = [
    ("Asian markets were mixed, with the Nikkei down 0.3%.", [("Nikkei", "down")]),
    (
        "Stocks fell, with the S&P 500 down 1.2% and the Nasdaq off 0.8%.",
        [("S&P 500", "down"), ("Nasdaq", "down")],
    ),
    ("European shares rose, with Germany's DAX up 0.5%.", [("DAX", "up")]),
    ("Sales were up 5% and profits down 2%.", [("Sales", "up"), ("profits", "down")]),
    ("Shares were off 3% at midday.", [("Shares", "down")]),
    ("The Dow was off 120 points.", [("Dow", "down")]),
]


@pytest.mark.parametrize(("text", "rows"), MOVES)
def test_a_verbless_move_has_its_own_subject(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows


PRICED = [
    ("The euro was little changed at $1.1050.", "euro", "USD per EUR"),
    ("The pound was quoted at $1.21 on Monday.", "pound", "USD per GBP"),
]


@pytest.mark.parametrize(("text", "about", "unit"), PRICED)
def test_a_passive_currency_subject_is_priced(parsed, text, about, unit):
    assert [(f.about, unit_of(f)) for f in figures_of(parsed, text)] == [(about, unit)]


# near misses: a phrasal "off", a discount, an amount's currency restated, the main clause's own move
KEPT = [
    ("The company laid off 1,500 workers.", [("workers", None)]),
    # 'off' before a span or a count is no market's fall (self-review of 65115cd)
    ("She took the day off 2 weeks ago.", [(None, None)]),
    ('45% Off 65" LG 65UM7300 4K Smart HDTV', [(None, None), (None, None)]),
    ("Britain will pay 3.2 billion pounds ($4.1 billion) for the jets.", [("jets", None), ("jets", None)]),
    ("Two billion euros were paid, or $2.2 billion.", [(None, None), (None, None)]),
    ("Stocks fell 2% on Monday.", [("Stocks", "down")]),
    ("The dollar was little changed at $1.05.", [(None, None)]),
    ("The stock was unchanged at $45.", [("stock", None)]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_figures_stay(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows
