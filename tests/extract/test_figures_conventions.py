"""Figures: unit conventions of news quantity benchmarks (rates, counts)."""

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


# "per" and a common noun make a rate of any count or measure, not only of a time or a unit.
PER_NOUN_RATES = [
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("He averaged 20 points per game last season.", 20, "quantity", "point per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("Nurses hear up to 1,000 alarms per shift.", 1000, "count", "alarm per shift"),
    ("Adults need at least 8 hours per night.", 8, "quantity", "hour per night"),  # a frequency, no length of time
    # guards: a number after "per", "per cent", "a" with no time, and a compound after "per" make no rate
    ("There were 5 cases per 100,000 people.", 5, "count", "case"),
    ("Growth was 5 per cent.", 5, "percent", "%"),
    ("He scored 25 points a game.", 25, "quantity", "point"),
    ("Adults need at least 8 hours of sleep.", 8, "duration", "hour"),
    ("The screen has 401 pixels per inch.", 401, "count", "pixel per inch"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_NOUN_RATES)
def test_per_and_a_common_noun_make_a_rate(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
