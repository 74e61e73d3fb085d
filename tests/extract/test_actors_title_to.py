"""Actors: a title word's own "to" belongs to the title ("ambassador to Britain", "special envoy to Yemen"), before
the name or after its comma; a name that is the object of "to" takes no title from it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Germany's ambassador to China Jan Hecker said on Monday that trade would grow.",
            "Jan Hecker",
            "Germany's ambassador to China",
        ),
        ("Tom Reed, the U.N. special envoy to Yemen, resigned on Friday.", "Tom Reed", "U.N. special envoy to Yemen"),
    ],
)
def test_a_titles_to_belongs_to_it(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name) == role, roles


def test_the_object_of_to_takes_no_title(parsed) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, "The ambassador spoke to Anna Berg on Monday.")}
    assert roles.get("Anna Berg") is None, roles


@pytest.mark.parametrize(
    ("text", "roles"),
    [
        # Review s25 r3 finding 1: the phrase with "to" or "for" is the first person's role, the title right before
        # the second name is the second's.
        (
            "Anita Dunn, a senior adviser to President Joe Biden, said the plan was ready.",
            {"Anita Dunn": "senior adviser", "Joe Biden": "President"},
        ),
        (
            "Susan Rice, the national security adviser to President Barack Obama, said so.",
            {"Susan Rice": "national security adviser", "Barack Obama": "President"},
        ),
        (
            "Mark Reed, a spokesman for Governor Karen Lee, said the meeting was off.",
            {"Mark Reed": "spokesman", "Karen Lee": "Governor"},
        ),
    ],
)
def test_a_title_before_the_next_name_is_that_names(parsed, text: str, roles: dict[str, str]) -> None:
    found = {m.name: m.role for m in mentions_of(parsed, text)}
    assert {name: found.get(name) for name in roles} == roles, found
