"""Figures: a place or a part of a building named by a number in lower case is a label, no figure ("Rebels in area 55
are preventing civilians from leaving": no count 55; "gate 12", "zone 3", "terminal 2"), unless the number counts the
plural after it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LABELS = [
    ("Rebels in area 55 are preventing civilians from leaving.", 55.0),
    ("The bus stopped at gate 12.", 12.0),
    ("The virus hit zone 3 hardest.", 3.0),
    ("Flights leave from terminal 2 daily.", 2.0),
]

# near misses: a count after the noun, a measure of the place
COUNTS = [
    ("The floor 5 people stood on collapsed.", 5.0),
    ("The district 2,000 residents live in flooded.", 2000.0),
    ("The area covers 55 square miles.", 55.0),
    ("A zone of 3 miles was closed.", 3.0),
]


@pytest.mark.parametrize(("text", "value"), LABELS)
def test_a_numbered_place_is_no_figure(parsed, text, value) -> None:
    assert not [f for f in figures_of(parsed, text) if f.value == pytest.approx(value)]


@pytest.mark.parametrize(("text", "value"), COUNTS)
def test_a_count_or_measure_after_a_place_noun_stays(parsed, text, value) -> None:
    assert [f for f in figures_of(parsed, text) if f.value == pytest.approx(value)]
