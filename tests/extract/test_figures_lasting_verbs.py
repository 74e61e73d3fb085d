"""Figures (probe s27 class 6): "a <time unit>" that a verb of lasting takes right after it is a duration of one
("The talks lasted a week", "He spent a year in prison", "It took a year to build", "waited an hour";
numbers._lasted), as a bounded one was ("more than a decade"). Not a time that dates ("spent a year ago"), nor money,
nor "Wait a minute."
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The talks lasted a week.", "a week", "week"),
    ("He spent a year in prison.", "a year", "year"),
    ("It took a year to build the bridge.", "a year", "year"),
    ("She waited an hour for the bus.", "an hour", "hour"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), CASES)
def test_a_verb_of_lasting_takes_a_span(parsed, text, figure, unit):
    got = {f.text: (f.kind, f.value, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("duration", 1.0, unit), got


@pytest.mark.parametrize(
    "text", ["He spent a year ago in Paris.", "Take a second look.", "It was a week of talks.", "Wait a minute."]
)
def test_no_span(parsed, text):
    assert [f for f in figures_of(parsed, text) if f.kind == "duration"] == []
