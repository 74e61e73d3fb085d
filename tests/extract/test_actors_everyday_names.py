"""Actors: a name tagged a person whose words are all everyday English words, none of them a given name or a title,
names a game, a team, a shop or a headline's subject, not a person ("Fallen Order", "Manchester United", "Man Shot at
Dallas Gas Station Dies at Hospital"); given names of any gender and nicknames before a surname the text uses alone
keep their person."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions


def kinds_of(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    return {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "Man Shot at Dallas Gas Station Dies at Hospital\n\nThe video shows officers racing up a staircase.",
            "Man Shot",
        ),
        (
            "His first match in charge will be against Manchester United on Saturday. The club said he was ready.",
            "Manchester United",
        ),
        (
            "Star Wars Jedi: Fallen Order is out now. Fallen Order plays like a Souls game, and it looks great.",
            "Fallen Order",
        ),
    ],
)
def test_everyday_words_name_no_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name, "none") != "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a given name shared by both sexes, a given name of everyday spelling, a nickname before a
        # surname the text uses alone.
        ("Taylor Swift said she was thrilled.", "Taylor Swift"),
        ("Karl Urban will return as Bones, the studio said.", "Karl Urban"),
        ("Greedy Williams made six tackles. Williams said he was happy.", "Greedy Williams"),
    ],
)
def test_a_given_name_keeps_its_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text)[name] == "person"
