"""Actors: two places the tagger cut from one name the gazetteer knows are that one place ("Navi" + "Mumbai"; lead s26
inbox, probe class 7), when the first part alone is no place."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "places"),
    [
        (
            "Indian Prime Minister Narendra Modi inaugurated a new airport in Navi Mumbai on Saturday.",
            ["Navi Mumbai"],
        ),
        ("Flooding hit Navi Mumbai and Thane on Monday.", ["Navi Mumbai", "Thane"]),
        # Kept: two places side by side stay two.
        ("They flew from Paris to New York on Friday.", ["Paris", "New York"]),
    ],
)
def test_a_place_cut_in_two_is_one(parsed, text: str, places: list[str]) -> None:
    assert [m.name for m in mentions_of(parsed, text) if m.kind == "place"] == places
