"""Figures: "N pounds of" a thing weigh it, whatever verb buys, sells, donates or pledges it; "pounds of" money
(taxpayers' money, donations, tax rises) are sterling."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

POUNDS_OF_WHAT = [
    ("Tyson Foods donated 40,000 pounds of chicken to the food bank.", 4e4, "quantity", "pound"),
    ("Walmart pledged 1 million pounds of beef to the effort.", 1e6, "quantity", "pound"),
    ("She bought 40 pounds of potatoes.", 40, "quantity", "pound"),
    ("He sold 2 pounds of mushrooms at the market.", 2, "quantity", "pound"),
    ("He sold three pounds of methamphetamine.", 3, "quantity", "pound"),
    ("She bought 40 pounds of beef for the party.", 40, "quantity", "pound"),
    ("He carried 50 pounds of rocks up the hill.", 50, "quantity", "pound"),
    ("Agents seized 20,000 pounds of marijuana.", 2e4, "quantity", "pound"),
    # near misses: pounds of money, and pounds with no "of", are sterling
    ("They raised ten pounds of donations.", 10, "money", "GBP"),
    ("She raised 2,000 pounds in sponsorship for the charity.", 2000, "money", "GBP"),
    ("He spent 200 pounds of his wages on the tickets.", 200, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_OF_WHAT)
def test_pounds_of_a_thing_weigh_it(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


def test_apples_and_cheese_weigh_alike(parsed) -> None:
    figs = figures_of(parsed, "She bought 5 pounds of apples and 2 pounds of cheese.")
    assert {(f.value, f.unit) for f in figs if f.unit} == {(5, "pound"), (2, "pound")}
