"""Actors: a body named after whom it serves keeps its possessive ("Westminster Magistrate's Court", which the
tagger cuts into "Westminster Magistrate's" and "Court"); a name's own possessive stays the owner's ("Harvard's
Kennedy School": Harvard and the Kennedy School)."""

from __future__ import annotations

from tests.extract.helpers import names_of


def test_a_court_named_for_its_magistrates_is_one_name(parsed) -> None:
    text = "The full extradition hearing is scheduled to take place at Westminster Magistrate's Court in London."
    names = names_of(parsed, text)
    assert "Westminster Magistrate's Court" in names
    assert "Court" not in names
    assert "Westminster Magistrate" not in names


def test_a_names_possessive_stays_the_owners(parsed) -> None:
    names = names_of(parsed, "Students at Harvard's Kennedy School protested on Monday.")
    assert {"Harvard", "Kennedy School"} <= names
