"""Actors: the name the Actors panel shows for an actor's forms."""

from __future__ import annotations

import pytest

from extract.actors import merge_actors
from extract.records import Mention


def name_of(forms: list[str]) -> str:
    mentions = [Mention(f, f, "person", 100 * k, 100 * k + len(f), "a.txt", None, "") for k, f in enumerate(forms)]
    actors, _ = merge_actors(mentions)
    assert len(actors) == 1, actors
    return actors[0].name


@pytest.mark.parametrize(
    ("forms", "name"),
    [
        # A royal's title before one given name is part of how news names them.
        (["Prince Andrew", "Andrew", "Andrew", "Andrew"], "Prince Andrew"),
        (["Pope Francis", "Francis"], "Pope Francis"),
        # Near misses: a title before a surname, and a royal title before a full name, are not the name.
        (["President Trump", "Trump", "Trump", "Trump"], "Trump"),
        (["Crown Prince Mohammed bin Salman", "Mohammed bin Salman", "Mohammed bin Salman"], "Mohammed bin Salman"),
    ],
)
def test_the_name_shown(forms: list[str], name: str) -> None:
    assert name_of(forms) == name
