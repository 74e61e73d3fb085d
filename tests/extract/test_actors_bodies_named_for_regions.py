"""Actors: a body named for its country or region ("Police Scotland", "Sport England", "Natural Resources Wales") is
not the place the story names apart ("arrested in Scotland")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, tuple[str, int]]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.kind, a.mentions) for a in found}


@pytest.mark.parametrize(
    ("text", "body", "place"),
    [
        ("Police Scotland said a man had been arrested in Scotland.", "Police Scotland", "Scotland"),
        ("Sport England said children in England were less active.", "Sport England", "England"),
        (
            "Storm Bert brought flooding to south Wales on Sunday. Natural Resources Wales issued 14 flood warnings.",
            "Natural Resources Wales",
            "Wales",
        ),
    ],
)
def test_the_body_and_its_region_are_two_actors(parsed, text: str, body: str, place: str) -> None:
    found = actors(parsed, text)
    assert found[body] == ("organization", 1)
    assert found[place] == ("place", 1)


def test_a_city_a_body_is_named_for_is_still_the_place_inside(parsed) -> None:
    # Unchanged: a place after "of" inside a body's name is the place's mention too (the gold's nested names).
    found = actors(parsed, "The University of Washington said Washington would fund it.")
    assert found["University of Washington"] == ("organization", 1)
