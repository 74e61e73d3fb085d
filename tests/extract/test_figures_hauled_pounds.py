"""Figures: "pounds" that a hauling verb moves as its object ("tow", "haul", "hoist"; "lift" and "carry" only
with "can"/"could"/"able to") or that a load noun measures ("a towing capacity of", "a payload of") are a weight;
pounds sent "to" a level, worth something, in millions, per a time, "of"/"in" money, or a load of money ("a debt
load") stay sterling."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

HAULED = [
    ("The truck can tow 10,000 pounds.", 1e4, "quantity", "pound"),
    ("The crane can lift 40,000 pounds.", 4e4, "quantity", "pound"),
    ("The new pickup has a towing capacity of 12,000 pounds.", 1.2e4, "quantity", "pound"),
    ("The plane can carry a payload of 50,000 pounds.", 5e4, "quantity", "pound"),
    # near misses: a level, a value, money measured out, a loan
    ("The bank lifted its offer to 50,000 pounds.", 5e4, "money", "GBP"),
    ("He carried the team to a win worth 20,000 pounds.", 2e4, "money", "GBP"),
    ("The firm carries 20,000 pounds of debt.", 2e4, "money", "GBP"),
    ("The charity raised 20,000 pounds for the hospital.", 2e4, "money", "GBP"),
    ("The loan of 50,000 pounds was repaid.", 5e4, "money", "GBP"),
    ("The helicopter can lift 9,000 pounds.", 9e3, "quantity", "pound"),
    # review r1 HIGH-1 / MED-3: money loads, money lifted or carried, money measured out "in" money
    ("The club is carrying a debt load of 500 million pounds.", 5e8, "money", "GBP"),
    ("Manchester United's debt load of 500 million pounds has angered fans.", 5e8, "money", "GBP"),
    ("The utility passed on a cost load of 30 million pounds to customers.", 3e7, "money", "GBP"),
    ("The fund will carry 100 million pounds in losses into next year.", 1e8, "money", "GBP"),
    ("Thieves lifted 2 million pounds from the bank's vaults in the 1983 raid.", 2e6, "money", "GBP"),
    ("The government will lift 200 million pounds in new taxes from the banks.", 2e8, "money", "GBP"),
    ("The job carries 80,000 pounds a year plus bonuses.", 8e4, "money", "GBP per year"),
    ("In Britain, the offence carries up to 5,000 pounds in fines.", 5e3, "money", "GBP"),
    # review r2 MED-r2-1: small pounds "in" donations or supplies with no British cue are what a drive ships
    ("The church shipped 4,000 pounds in relief supplies to Puerto Rico.", 4e3, "quantity", "pound"),
    ("Volunteers collected 2,000 pounds in support of the food bank.", 2e3, "quantity", "pound"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), HAULED)
def test_hauled_pounds_are_weight(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)
