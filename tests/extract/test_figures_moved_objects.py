"""Figures: a change that a verb's "up"/"down"/"higher"/"lower" (or "by") carries is about the verb's object, which
moved, not its subject, which moved it: "That sent shares up 5%", "The buyback drove the stock up 12 percent",
"Shares rose 5%, sending the index up 2%": causative verbs and changes done to an object only. A change of the
verb's own subject, one set off by a comma, and the object of a verb of a time, an event or a path ("ended the
session", "posted its biggest gain", "reversed course") keep the subject's reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

MOVED = [
    ("The company announced a buyback on Monday. That sent shares up 5%.", 5, "shares"),
    ("The news sent Tesla shares down 3% on Monday.", 3, "Tesla shares"),
    ("The buyback drove the stock up 12 percent.", 12, "stock"),
    ("Shares of Apple rose 5%, sending the index up 2%.", 2, "index"),
    # near misses: the object already read, the subject's own change, a change after the object's clause
    ("Apple raised its dividend by 5%.", 5, "dividend"),
    ("Sales rose by 5%.", 5, "Sales"),
    ("Ford sold 303,417 vehicles, up 4 percent.", 4, "vehicles"),
    # review r1 HIGH-2: the object of a verb of a time, an event or a path is no thing moved
    ("Oil ended the session down 2% at $58 a barrel.", 2, "Oil"),
    ("Tesla stock closed Tuesday's session up 6%.", 6, "Tesla stock"),
    ("Gold ended the session up 0.5% at $1,800 an ounce.", 0.5, "Gold"),
    ("Oil posted its biggest weekly gain in a year, up 8%.", 8, "Oil"),
    ("Apple stock reversed course, down 1% by midday.", 1, "Apple stock"),
]


@pytest.mark.parametrize(("text", "value", "about"), MOVED)
def test_moved_object(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
