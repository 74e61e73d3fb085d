"""Actors: translated copy's word order "The <title> of <country or party> <given name> <surname>": the place or
party and the person, not one body ("India Narendra Modi")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.kind, a.roles) for a in found}


@pytest.mark.parametrize(
    ("text", "person", "other", "kind"),
    [
        ("The prime minister of India Narendra Modi said the plan was good.", "Narendra Modi", "India", "place"),
        ("The minister of economy of Argentina Luis Caputo said inflation fell.", "Luis Caputo", "Argentina", "place"),
        (
            "The opposition leader of AfD Alice Weidel criticized the government strongly.",
            "Alice Weidel",
            "AfD",
            "organization",
        ),
    ],
)
def test_the_place_and_the_person_are_apart(parsed, text: str, person: str, other: str, kind: str) -> None:
    found = actors(parsed, text)
    assert found[person][0] == "person"
    assert found[other][0] == kind


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # No title before "of": a person named for a country stays whole.
        ("The son of Jordan Lee Smith said he was proud.", "Jordan Lee Smith"),
    ],
)
def test_look_alikes_stay_whole(parsed, text: str, name: str) -> None:
    assert actors(parsed, text)[name][0] == "person"


def test_the_title_becomes_the_role(parsed) -> None:
    found = actors(parsed, "The prime minister of India Narendra Modi said the plan was good.")
    assert found["Narendra Modi"][1] == ("prime minister of India",)
