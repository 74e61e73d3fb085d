"""Figures: a change that a verb's "up"/"down"/"higher"/"lower" (or "by") carries is about the verb's object, which
moved, not its subject, which moved it: "That sent shares up 5%", "The buyback drove the stock up 12 percent",
"Shares rose 5%, sending the index up 2%". A change of the verb's own subject, or one after the object's clause,
keeps its reading."""

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
]


@pytest.mark.parametrize(("text", "value", "about"), MOVED)
def test_moved_object(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
