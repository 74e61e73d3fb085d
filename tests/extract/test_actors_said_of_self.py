"""Actors: one word tagged an organisation that says something of "he" or "she" as the active subject of its
reported clause is a person named by surname ("Trump said he would attend"; probe s28 A8); a body saying something of
"it", of a man made passive, an acronym, a place, and a body in a document naming someone else ("he" may be them)
stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Trump said he would attend.", "Trump"),
        ("Biden said he would attend.", "Biden"),
        ("Starmer said he would attend.", "Starmer"),
        ("Trump told reporters he would attend.", "Trump"),
        ("Trump said on Friday that he would attend.", "Trump"),
    ],
)
def test_a_surname_saying_he_is_a_person(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Tesla said it would attend.", "Tesla", "organization"),
        ("Tesla said he was fired last week.", "Tesla", "organization"),
        ("IBM said he would join the board.", "IBM", "organization"),
        ("Moscow said it would respond.", "Moscow", "place"),
        # Another name of the document may be "he" (review s28 rev1 A5).
        ("Boeing said he had retired in March. Calhoun, 66, led the company for four years.", "Boeing", "organization"),
    ],
)
def test_bodies_and_places_stay(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == kind
