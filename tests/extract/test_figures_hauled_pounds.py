"""Figures: "pounds" that a hauling verb moves as its object ("tow", "lift", "haul", "hoist", "carry") or that a
load noun measures ("a towing capacity of", "a payload of") are a weight, however large; pounds sent "to" a level,
worth something, or "of" money stay sterling."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

HAULED = [
    ("The truck can tow 10,000 pounds.", 1e4, "quantity", "pound-mass"),
    ("The crane can lift 40,000 pounds.", 4e4, "quantity", "pound-mass"),
    ("The new pickup has a towing capacity of 12,000 pounds.", 1.2e4, "quantity", "pound-mass"),
    ("The plane can carry a payload of 50,000 pounds.", 5e4, "quantity", "pound-mass"),
    # near misses: a level, a value, money measured out, a loan
    ("The bank lifted its offer to 50,000 pounds.", 5e4, "money", "GBP"),
    ("He carried the team to a win worth 20,000 pounds.", 2e4, "money", "GBP"),
    ("The firm carries 20,000 pounds of debt.", 2e4, "money", "GBP"),
    ("The charity raised 20,000 pounds for the hospital.", 2e4, "money", "GBP"),
    ("The loan of 50,000 pounds was repaid.", 5e4, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), HAULED)
def test_hauled_pounds_are_weight(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
