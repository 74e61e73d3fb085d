"""Actors (probe s27 actors class 5 side effect): a one-word organisation that owns the office in a person's role by a
possessive is an actor of its own ("Labour's chair, Anneliese Dodds", "Apple's chief executive, Tim Cook"), not a
portfolio inside the title ("Secretary of Defense")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "owner", "person"),
    [
        ("Labour's chair, Anneliese Dodds, said the party would not back the bill.", "Labour", "Anneliese Dodds"),
        ("Apple's chief executive, Tim Cook, said the headset was just the beginning.", "Apple", "Tim Cook"),
    ],
)
def test_the_possessive_owner_of_an_office_is_an_actor(parsed, text: str, owner: str, person: str) -> None:
    found = {(m.name, m.kind) for m in mentions_of(parsed, text)}
    assert (owner, "organization") in found and (person, "person") in found
