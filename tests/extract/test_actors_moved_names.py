"""Actors: two names tagged one entity around a lowercase "to" or "from" that hangs outside it ("selling Hipcricket to
Augme Technologies", "the move of Thibaut Courtois to Real Madrid") are two actors; a long name with a "to" of its own
("the National Society for the Prevention of Cruelty to Children") stays whole."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "want"),
    [
        (
            "Ivan led the company to a successful exit for its investors by selling Hipcricket to Augme Technologies "
            "in 2011.",
            {"Hipcricket": "organization", "Augme Technologies": "organization"},
        ),
        (
            "This has freed of the £38million move of Thibaut Courtois to Real Madrid last year.",
            {"Thibaut Courtois": "person", "Real Madrid": "organization"},
        ),
        ("Chelsea sold Thibaut Courtois to Real Madrid last summer.", {"Thibaut Courtois": "person"}),
    ],
)
def test_names_moved_to_another_are_two(parsed, text: str, want: dict[str, str]) -> None:
    kinds = kinds_of(parsed, text)
    assert {name: kinds.get(name) for name in want} == want
    assert not any(" to " in name or name.endswith(" to") for name in kinds)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a "to" inside a long name, places on both sides of a route.
        (
            "The National Society for the Prevention of Cruelty to Children said it was shocked.",
            "National Society for the Prevention of Cruelty to Children",
        ),
        ("Flights from London to Paris were cancelled on Friday.", "London"),
    ],
)
def test_a_name_with_its_own_to_stays(parsed, text: str, name: str) -> None:
    assert name in kinds_of(parsed, text)
