"""Actors: a given name set off by commas after an owner's noun for kin ("his wife, Melania,", "Her father, Emeka, a
retired engineer,") is a person, with the kin noun as the role, whatever the tagger said."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.kind, a.roles) for a in found}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Trump and his wife, Melania, attended the service.", "Melania", "wife"),
        ("Macron and his wife, Brigitte, attended the service.", "Brigitte", "wife"),
        ("Her father, Emeka, a retired engineer, admits he was wrong.", "Emeka", "father"),
    ],
)
def test_a_kin_apposition_names_a_person(parsed, text: str, name: str, role: str) -> None:
    assert actors(parsed, text).get(name) == ("person", (role,))


def test_a_kin_noun_with_no_name_after_gives_nothing(parsed) -> None:
    assert actors(parsed, "His wife, a teacher in Leeds, attended the service.").get("Leeds") == ("place", ())
