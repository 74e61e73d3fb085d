"""Actors: a name tagged a place that closes on a capitalised head of a body names the body ("West Yorkshire Police
said"; probe s28 A13); places whose names end otherwise stay places ("Lake District", "Orange County", "Soviet
Union")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


def test_a_regional_police_force_is_an_organisation(parsed) -> None:
    kinds = actor_kinds_of(parsed, "West Yorkshire Police said officers were not looking for anyone else.")
    assert kinds.get("West Yorkshire Police") == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Floods hit the Lake District and Orange County on Monday.", "Lake District"),
        ("Floods hit the Lake District and Orange County on Monday.", "Orange County"),
        ("The Soviet Union collapsed in 1991.", "Soviet Union"),
    ],
)
def test_places_stay_places(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "place"
