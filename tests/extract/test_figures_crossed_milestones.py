"""Figures: a total crossed at a mark of 100,000 or more is a lower bound whatever it counts ("Amazon crossed 1
million employees", "eclipsed 1 billion streams"); few things crossed one by one ("crossed 10 states") and things
breached ("breached 40 million accounts") stay exact counts."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CROSSED = [
    ("Amazon crossed 1 million employees last year.", 1e6, "more than"),
    ("The song eclipsed 1 billion streams on Spotify.", 1e9, "more than"),
    ("Tesla crossed 250,000 deliveries in the quarter.", 2.5e5, "more than"),
    # guards: a few things crossed, things breached
    ("UPS crossed 10 states in a single day.", 10.0, None),
    ("The herd crossed 1,000 rivers on its way south.", 1000.0, None),
    ("Hackers breached 40 million accounts at the bank last year.", 4e7, None),
    # review r1 LOW-2: a measure of a thing crossed ('of' after it) is the stretch crossed, however large
    ("The caravan of trucks crossed 120,000 kilometres of desert.", 1.2e5, None),
    ("The river crossed 100,000 acres of farmland after the levee broke.", 1e5, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), CROSSED)
def test_crossed_milestone(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
