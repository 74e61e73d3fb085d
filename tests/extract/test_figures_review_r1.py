"""Figures: fixes from the review of the count-unit, rate and level commits (ae7f22d..27dca86)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures
from extract.records import Figure


def _figures(parsed, text: str) -> list[Figure]:
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


def _one(figs: list[Figure], value: float) -> Figure:
    found = [f for f in figs if f.value == pytest.approx(value)]
    assert len(found) == 1, figs
    return found[0]


# "per" before a plural is "according to" (US news shorthand), not a rate's denominator, which is one of something.
PER_SOURCES = [
    ("The wildfire has burned 5,000 acres per officials.", 5000, "quantity", "acre"),
    ("Smith will miss four weeks per sources.", 4, "duration", "week"),
    ("The storm dumped 20 inches per forecasters.", 20, "quantity", "inch"),
    ("The attack killed 12 people per police.", 12, "count", "people"),
    ("The Lakers will sign 2 players per sources.", 2, "count", "player"),
    # guards: a singular denominator is still a rate
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("The wildfire has burned 5,000 acres, per officials.", 5000, "quantity", "acre"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_SOURCES)
def test_per_before_a_plural_is_according_to(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
