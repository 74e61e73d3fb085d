"""Figures: a bare number that is the object of the same verb again counts the noun the first one counted
("GateHouse laid off 60 employees (...) and Gannett laid off several hundred"), whatever comes between."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

SAME = [
    (
        "Earlier this year, GateHouse reportedly laid off more than 60 employees (the company would not disclose "
        "the actual number but called it “immaterial”) and Gannett reportedly laid off several hundred.",
        100.0,
        "employees",
    ),
    ("GateHouse cut 60 jobs last year, while Gannett cut 200.", 200.0, "jobs"),
    ("The storm destroyed 300 homes and the flood destroyed 1,200 in the valley.", 1200.0, "homes"),
    # guards: a noun of its own, and another verb's object
    ("GateHouse cut 60 jobs last year, while Gannett cut 200 stores.", 200.0, "stores"),
    ("GateHouse cut 60 jobs last year, while Gannett cut prices by 20.", 20.0, "prices"),
]


@pytest.mark.parametrize(("text", "value", "about"), SAME)
def test_the_same_verb_counts_the_same_noun(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
