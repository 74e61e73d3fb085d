"""Actors (probe s27 actors class 2): a name set in apposition after a noun for a work or an artefact is that thing's
name, no actor ("its new app, Journal", "its chatbot, Gemini", "its app, Threads"), wherever else the story names it;
a noun for a person before the name stays a role ("a new chief, Sarah Lee")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Apple said on Monday that its new app, Journal, would be available later this month.", "Journal"),
        (
            'Google said its chatbot, Gemini, would be built into phones. Sundar Pichai said Gemini was "our most '
            'capable model."',
            "Gemini",
        ),
        (
            'Meta said its app, Threads, now had 200 million users. Mark Zuckerberg said Threads was "on track."',
            "Threads",
        ),
    ],
)
def test_a_name_after_a_noun_for_a_thing_is_no_actor(parsed, text: str, name: str) -> None:
    assert name not in {m.name for m in mentions_of(parsed, text)}


def test_a_name_after_a_noun_for_a_person_stays(parsed) -> None:
    found = {
        (m.name, m.kind, m.role) for m in mentions_of(parsed, "The company hired a new chief, Sarah Lee, last week.")
    }
    assert ("Sarah Lee", "person", "new chief") in found


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The fund set up an investment vehicle, Crescent Holdings, which bought 40% of the port.",
            "Crescent Holdings",
        ),
        ("The bank created a new vehicle, Harbor Capital Partners, to hold the loans.", "Harbor Capital Partners"),
    ],
)
def test_a_company_after_a_noun_for_a_thing_stays(parsed, text: str, name: str) -> None:
    # Review s27 rev4q 5: in finance a vehicle is a company; a name a company's tail closes stays an organisation.
    assert (name, "organization") in {(m.name, m.kind) for m in mentions_of(parsed, text)}
