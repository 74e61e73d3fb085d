"""Figures: a money unit is an ISO 4217 code (DESIGN.md's contract), so a money rate's denominator goes in ``per``:
"$1.40 a share" is unit USD, per share; "64.2 cents a dozen" USD cent per dozen; "108.55 yen per dollar" JPY per USD.
The display keeps the rate whole ("USD 1.40 per share"); a measure's rate keeps its unit whole ("barrel per day")."""

from __future__ import annotations

import pytest

from extract.keys import compared_unit
from tests.extract.helpers import figures_of, one_of

MONEY_RATES = [
    ("The company earned $2.53 per diluted share.", 2.53, "USD", "share", "USD 2.53 per share"),
    ("Egg prices averaged 64.2 cents a dozen.", 64.2, "USD cent", "dozen", "USD 64.2 cent per dozen"),
    ("The bid of 470 pence a share was rejected.", 470, "GBP pence", "share", "GBP 470 pence per share"),
    ("It would amount to about C$1.34 a share.", 1.34, "CAD", "share", "CAD 1.34 per share"),
    ("The yen strengthened to 108.55 per dollar.", 108.55, "JPY", "USD", "JPY 108.55 per USD"),
    ("Prime members pay $7.99/mo for the service.", 7.99, "USD", "month", "USD 7.99 per month"),
]


@pytest.mark.parametrize(("text", "value", "unit", "per", "display"), MONEY_RATES)
def test_a_money_rate_has_an_iso_unit_and_a_denominator(parsed, text, value, unit, per, display) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit, f.per, f.display) == ("money", unit, per, display)


# Near misses: a plain sum has no denominator; a measure's or a count's rate keeps its unit whole; a rate is still
# never compared with a sum of the same currency.
def test_sums_and_other_rates_keep_their_units(parsed) -> None:
    f = one_of(figures_of(parsed, "Net income rose to $2.8 billion."), 2.8e9)
    assert (f.unit, f.per) == ("USD", None)
    f = one_of(figures_of(parsed, "Output fell by 500,000 barrels a day."), 500000)
    assert (f.unit, f.per) == ("barrel per day", None)
    f = one_of(figures_of(parsed, "He averages 11.1 assists per game."), 11.1)
    assert (f.unit, f.per) == ("assist per game", None)
    rate = one_of(figures_of(parsed, "The company earned $2.53 per share."), 2.53)
    total = one_of(figures_of(parsed, "The company earned $2.53 billion."), 2.53e9)
    assert compared_unit(rate) != compared_unit(total)
