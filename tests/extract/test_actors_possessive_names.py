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


def test_a_common_noun_after_a_names_possessive_is_one_place(parsed) -> None:
    # "Martha's Vineyard" gave a person 'Martha' and a place 'Vineyard'.
    names = names_of(parsed, "I called a very talented friend of mine on Martha's Vineyard and I said: look.")
    assert "Martha's Vineyard" in names
    assert not {"Martha", "Vineyard"} & names


def test_a_places_own_name_after_a_possessive_stays_apart(parsed) -> None:
    # Near miss: a city or a country after the possessive is a place of its own.
    names = names_of(parsed, "Obama's Chicago home was sold. Putin's Russia is isolated, the report said.")
    assert {"Obama", "Chicago", "Putin", "Russia"} <= names


def test_a_body_named_after_its_officer_is_one_name(parsed) -> None:
    # 'Office for the Western District of New York' lost "the U.S. Attorney's" before it (audit s21).
    text = (
        "A New York man pleaded guilty to charges he threatened to kill Rep. Ilhan Omar, the U.S. Attorney’s Office "
        "for the Western District of New York announced Monday."
    )
    names = names_of(parsed, text)
    assert "U.S. Attorney's Office for the Western District of New York" in names
    assert "Office for the Western District of New York" not in names


def test_a_persons_office_stays_the_persons(parsed) -> None:
    # Near miss: a name before the possessive is the owner's, not an officer's title.
    names = names_of(parsed, "A man called Senator Warren's office on Monday, Elizabeth Warren's Office said.")
    assert not [name for name in names if "Warren's" in name or "Warren’s" in name]
