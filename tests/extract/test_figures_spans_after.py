"""Figures: a span "after"/"before"/"since" a named event or an act runs from it ("13.8 billion years after the Big
Bang": Big Bang; "Two days after clinching the doubles title": clinching doubles title), as "10 years after the
flood" already did."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SPANS = [
    ("Our universe appears as it is today 13.8 billion years after the Big Bang.", "Big Bang"),
    ("Two days after clinching the doubles title, the duo won again.", "clinching doubles title"),
    ("He was sacked less than six months after leading Spurs to the final.", "leading Spurs"),
]


@pytest.mark.parametrize(("text", "about"), SPANS)
def test_a_span_after_a_named_event_or_an_act(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text) if f.kind == "duration"] == [about]


# near misses: a common noun event as before; a person is no event ("after Trump")
def test_a_noun_event_stays(parsed):
    assert [f.about for f in figures_of(parsed, "Ten years after the flood, the town rebuilt.")] == ["flood"]


def test_a_person_is_no_event(parsed):
    text = "Two years after Mr. Smith, the party changed."
    assert [f.about for f in figures_of(parsed, text)] != ["Smith"]


# review s22 r1 MED-1: a name is taken whole ("New" stays), and a company or a bare place is no event
NAMED = [
    ("Ten days after the New York Marathon, he raced again.", "New York Marathon"),
    ("Ten years after Hurricane Katrina, the city is rebuilt.", "Hurricane Katrina"),
    ("Six months after New York, the tour moved to Paris.", None),
    ("Two days after Apple, Google cut its prices.", None),
    ("Three months after Goldman Sachs, JPMorgan cut jobs.", None),
]


@pytest.mark.parametrize(("text", "about"), NAMED)
def test_named_events_whole_and_no_companies_or_places(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text) if f.kind == "duration"] == [about]
