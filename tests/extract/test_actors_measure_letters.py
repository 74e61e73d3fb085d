"""Actors: letters given a value ("a max FPS of 120", "an IQ of 140") name a measure, no organisation; a year after
"of" is no value ("NATO of 1949")."""

from __future__ import annotations

from tests.extract.helpers import names_of


def test_letters_given_a_value_are_a_measure(parsed) -> None:
    text = "The game ran at a max FPS of 120 on the new card, and FPS stayed high."
    assert "FPS" not in names_of(parsed, text)


def test_an_organisation_in_its_year_stays(parsed) -> None:
    assert "NATO" in names_of(parsed, "NATO of 1949 had twelve members, and NATO grew later.")
