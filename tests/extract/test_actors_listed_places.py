"""Actors: names in a list that ends on a plural noun for places are places, whatever the tagger said ("reported in
Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties"); a people and the surname of a person the document
names in full stay what they are."""

from __future__ import annotations

from tests.extract.helpers import kinds_of


def test_names_listed_before_counties_are_places(parsed) -> None:
    kinds = kinds_of(
        parsed, "The virus has been reported in Barry, Berrien, Calhoun, Cass, Kalamazoo and Van Buren counties."
    )
    for name in ("Berrien", "Cass", "Kalamazoo", "Van Buren"):
        assert kinds.get(name) == "place", kinds


def test_a_surname_or_a_people_before_a_plural_place_noun_stays(parsed) -> None:
    kinds = kinds_of(
        parsed,
        "Donald Trump beat Hillary Clinton in Ohio in 2016. Voters in Trump and Clinton counties agreed, and "
        "Republican states voted early.",
    )
    assert kinds.get("Clinton") in ("person", None), kinds
    assert kinds.get("Trump") in ("person", None), kinds
    assert kinds.get("Republican") in ("group", None), kinds
