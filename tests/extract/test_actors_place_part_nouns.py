"""Actors (audit s27): a name the tagger calls a body or a person, set before a noun for a part of a country or a
settlement ("Daraa province", "Pangram area"), or after its "of" ("the area of Sarkh"), is a place; not before
"country" or "capital", which a name may qualify ("Trump country")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Fighting spread to the Idlib region and Daraa province on Sunday.", "Daraa"),
        ("The helicopter was destroyed in a raid on a position in Pangram area of Sarkh, Logar.", "Pangram"),
        ("The helicopter was destroyed in a raid on a position in Pangram area of Sarkh, Logar.", "Sarkh"),
    ],
)
def test_a_name_beside_a_place_noun_is_a_place(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "place"


def test_a_name_before_country_keeps_its_kind(parsed) -> None:
    assert kinds_of(parsed, "Voters in Trump country cheered the rally.").get("Trump") != "place"
