"""Actors: a person whose given name is a place ("Paris Hilton said she ...", "Sydney Sweeney"): a person, and no
place row for the given name."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.kind for a in found}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paris Hilton said she would launch a new fragrance.", "Paris Hilton"),
        ("Chelsea Manning said she would appeal.", "Chelsea Manning"),
        ("Paris Jackson said she would tour.", "Paris Jackson"),
        ("Sydney Sweeney said she would produce the film.", "Sydney Sweeney"),
    ],
)
def test_a_person_named_for_a_place_is_one_person(parsed, text: str, name: str) -> None:
    assert actors(parsed, text) == {name: "person"}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A firm named for two given names says "it"; "he" after a person named before is that person.
        ("Morgan Stanley said it would cut jobs.", "Morgan Stanley", "organization"),
        ("Analyst Jane Roe left in May. Morgan Stanley said he would not return.", "Morgan Stanley", "organization"),
        # A place inside a person's name, not at its start, is the place's own.
        ("Mayor Karen Bass of Los Angeles said she was ready.", "Los Angeles", "place"),
        ("Madison Keys won the final in Melbourne.", "Melbourne", "place"),
    ],
)
def test_look_alikes_keep_their_kind(parsed, text: str, name: str, kind: str) -> None:
    assert actors(parsed, text).get(name) == kind
