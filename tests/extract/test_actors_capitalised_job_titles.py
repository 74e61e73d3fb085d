"""Actors: a capitalised everyday noun for a person right before a name is the person's title, as a title word is
("Public Ombudsman Nadia Cruz", "NASA Administrator Jim Bridenstine"); not a verb opening a sentence ("Enter Lugg"),
not a given name ("Hunter"), not a word before a model number."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


def _role(parsed, text: str, name: str) -> str | None:
    roles = [m.role for m in mentions_of(parsed, text) if m.name == name]
    assert roles, [m.name for m in mentions_of(parsed, text)]
    return roles[0]


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "The report was written by Public Ombudsman Nadia Cruz last year.",
            "Nadia Cruz",
            "Public Ombudsman",
        ),
        (
            "The deaths were caused by gunshot wounds, Public Ombudsman Nadia Cruz's office said.",
            "Nadia Cruz",
            "Public Ombudsman",
        ),
        (
            '"Companies of all sizes are joining the program," NASA Administrator Jim Bridenstine said.',
            "Jim Bridenstine",
            "NASA Administrator",
        ),
        (
            "CBS Sports NFL Insider Jason La Canfora has reported that the league will fine him.",
            "Jason La Canfora",
            "CBS Sports NFL Insider",
        ),
        (
            "The law is unfair, County Public Defender Anna Lopez told the court on Monday.",
            "Anna Lopez",
            "County Public Defender",
        ),
    ],
)
def test_a_capitalised_noun_for_a_person_before_a_name_is_a_title(parsed, text: str, name: str, role: str) -> None:
    assert _role(parsed, text, name) == role


def test_a_verb_opening_a_sentence_is_no_title(parsed) -> None:
    text = "The model spread. Enter Lugg, Instacart, DoorDash and GrubHub."
    assert all(m.role != "Enter" for m in mentions_of(parsed, text))
