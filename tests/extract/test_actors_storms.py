"""Actors: a named storm is a weather event, no actor, under its storm word and alone ("Hurricane Melissa ... Holness
said Melissa had destroyed homes")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.kind for a in found}


@pytest.mark.parametrize(
    ("text", "storm"),
    [
        ("Storm Bert brought flooding to Wales.", "Bert"),
        ("Tropical Storm Erin strengthened overnight.", "Erin"),
        ("Typhoon Kalmaegi killed 140 people in the Philippines.", "Kalmaegi"),
        ("Storm Ciaran battered Cornwall. Ciaran brought winds of 100mph.", "Ciaran"),
        (
            "Hurricane Melissa made landfall in Jamaica on Tuesday. Prime Minister Andrew Holness said Melissa had "
            "destroyed homes.",
            "Melissa",
        ),
    ],
)
def test_a_named_storm_is_no_actor(parsed, text: str, storm: str) -> None:
    found = actors(parsed, text)
    assert not [n for n in found if storm in n]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A person so named who speaks, or in a sentence of no weather; a person whose given name a storm bears in
        # another story.
        ("Storm Reid said she would star in the film.", "Storm Reid"),
        ("Storm Reid starred in the film.", "Storm Reid"),
        ("Melissa Jones said she would stay in Kingston.", "Melissa Jones"),
    ],
)
def test_people_named_like_storms_stay(parsed, text: str, name: str) -> None:
    assert actors(parsed, text).get(name) == "person"


def test_the_prime_minister_stays_beside_the_storm(parsed) -> None:
    found = actors(
        parsed,
        "Hurricane Melissa made landfall in Jamaica on Tuesday. Prime Minister Andrew Holness said Melissa had "
        "destroyed homes.",
    )
    assert found.get("Andrew Holness") == "person"
    assert found.get("Jamaica") == "place"


def test_a_tropical_storm_is_a_storm_though_its_name_speaks(parsed) -> None:
    # Review s29 rev1 RA6: "Tropical Storm" is always a storm; "Melissa said" is a resident's line in the story.
    found = actors(
        parsed,
        "Tropical Storm Melissa drifted north. Melissa said she had seen nothing like it, a local resident told the "
        "BBC.",
    )
    assert not [n for n in found if "Melissa" in n]
