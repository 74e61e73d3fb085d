"""Actors: a one-word name joins a longer name by its head word only when that word is a head of the longer name."""

from __future__ import annotations

import pytest

from extract.actors import merge_actors
from extract.records import Mention


def mention(name: str, kind: str, start: int) -> Mention:
    return Mention(name, name, kind, start, start + len(name), "a.txt", None, "")


@pytest.mark.parametrize(
    ("long", "long_kind", "short", "short_kind", "merged"),
    [
        # The House (of Representatives) is no short White House: a city's name is fixed, not head and modifier.
        ("White House", "organization", "House", "organization", False),
        ("Little Rock", "place", "Rock", "organization", False),
        # Near misses: a head word of an institution's name, and a city's last word used as a place, still join.
        ("Nigerian Senate", "organization", "Senate", "organization", True),
        ("Chicago Tribune", "organization", "Tribune", "organization", True),
        ("Indiana Statehouse", "organization", "Statehouse", "organization", True),
        ("Las Vegas", "place", "Vegas", "place", True),
    ],
)
def test_a_one_word_name_and_a_longer_name_ending_in_it(
    long: str, long_kind: str, short: str, short_kind: str, merged: bool
) -> None:
    actors, _ = merge_actors([mention(long, long_kind, 0), mention(short, short_kind, 100)])
    assert (len(actors) == 1) == merged, actors
