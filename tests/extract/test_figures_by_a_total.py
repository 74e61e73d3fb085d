"""Figures: a change given "by a total/an average of N" is a change of what the verb moves (its object, else its
subject), with the verb's direction: "decreased daily calorie intake by an average of 441 calories" is a fall of
calorie intake, not a figure about "average". A total that is the verb's own object keeps its reading."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

TOTALS = [
    ("The car is able to adjust its height by a total of 3-inches.", 3, "height", None),
    ("Protein decreased daily calorie intake by an average of 441 calories.", 441, "daily calorie intake", "down"),
    ("The company raised prices by an average of 5%.", 5, "prices", "up"),
    ("Sales rose by a total of $3 million.", 3e6, "Sales", "up"),
    # near misses: "by" with no total, a total that is the object itself
    ("The company raised prices by 5%.", 5, "prices", "up"),
    ("The team scored a total of 40 points.", 40, "total", None),
]


@pytest.mark.parametrize(("text", "value", "about", "direction"), TOTALS)
def test_by_a_total(parsed, text, value, about, direction) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.about, f.direction) == (about, direction)
