"""Actors: an everyday noun for a person that opens a full name is its title, as "President" is ("Striker", "Coach",
"Goalkeeper", "Rapper"), and an everyday word before a title word belongs to the title ("Lord Justice"); the name
is what follows, and a surname repeated alone that the tagger calls an organisation is that person."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from tests.extract.helpers import kinds_of, mentions_of


def actors_of(parsed, text: str):
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a for a in actors}


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Midfielder Sofia Lindqvist scored twice as the hosts won 3-1.", "Sofia Lindqvist", "Midfielder"),
        ("Goalkeeper Alisson Becker made three saves in the second half.", "Alisson Becker", "Goalkeeper"),
        ("Defender Virgil van Dijk headed the winner.", "Virgil van Dijk", "Defender"),
        ("Striker Ivan Toney, who scored twice, said the win was deserved.", "Ivan Toney", "Striker"),
        ("Rapper Kendrick Lamar and Novelist Zadie Smith spoke at the festival.", "Kendrick Lamar", "Rapper"),
        ("Rapper Kendrick Lamar and Novelist Zadie Smith spoke at the festival.", "Zadie Smith", "Novelist"),
    ],
)
def test_a_noun_for_a_person_before_a_full_name_is_its_title(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name) == role, roles


def test_an_untagged_titled_name_is_the_person_its_surname_names(parsed) -> None:
    # The tagger tags nothing in "Coach Pep Guardiola" and calls the later "Guardiola" an organisation.
    text = (
        'Coach Pep Guardiola insisted his side were not in crisis. "We lost two games. That\'s football," '
        "Guardiola said."
    )
    actors = actors_of(parsed, text)
    assert "Pep Guardiola" in actors, actors
    assert actors["Pep Guardiola"].kind == "person"
    assert actors["Pep Guardiola"].mentions == 2
    assert "Coach" in actors["Pep Guardiola"].roles


def test_a_surname_tagged_an_organisation_is_the_person(parsed) -> None:
    # The tagger calls the lone "Hamren" an organisation, which "the team" or "the company" could then resolve to.
    text = 'Coach Erik Hamren said the team had improved. "We were better today," Hamren said.'
    assert kinds_of(parsed, text).get("Hamren") == "person"
    assert set(actors_of(parsed, text)) == {"Erik Hamren"}


def test_a_lord_justice_is_a_title(parsed) -> None:
    actors = actors_of(parsed, "The judge, Lord Justice Leveson, said the evidence was clear.")
    assert "Lord Justice" not in actors, actors
    person = next(a for a in actors.values() if a.name.endswith("Leveson"))
    assert "Lord Justice" in person.roles, person


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Given names that are also nouns for people stay names.
        ("Hunter Biden and Taylor Swift met Baker Mayfield.", {"Hunter Biden", "Taylor Swift", "Baker Mayfield"}),
        ("Tucker Carlson interviewed Walker Buehler on Monday.", {"Tucker Carlson", "Walker Buehler"}),
    ],
)
def test_given_names_that_are_nouns_stay_names(parsed, text: str, names: set[str]) -> None:
    mentions = mentions_of(parsed, text)
    assert names <= {m.name for m in mentions}, mentions
    assert all(m.role is None for m in mentions if m.name in names), mentions


def test_the_surname_of_a_titled_person_tagged_an_organisation_is_the_person(parsed) -> None:
    # "Minister Varga" names the person by title and surname; the tagger calls the later "Varga" an organisation.
    text = "Minister Varga has stressed that citizens must carry documents. Varga said the queues were long."
    assert kinds_of(parsed, text).get("Varga") == "person"
    actors = actors_of(parsed, text)
    assert len(actors) == 1 and next(iter(actors.values())).mentions == 2, actors


@pytest.mark.parametrize(
    ("text", "name", "absent"),
    [
        # Review s25 r2 finding 1: a title word opening an organisation's or a place's name makes no person of it.
        (
            "Major League Baseball said the season would start in April. Baseball fans cheered.",
            "Major League Baseball",
            "League Baseball",
        ),
        (
            "Major League Soccer said the season would resume in July. Soccer fans were delighted.",
            "Major League Soccer",
            "League Soccer",
        ),
        ("Fans queued at Queen Elizabeth Park on Sunday.", None, "Elizabeth Park"),
    ],
)
def test_a_title_word_opening_a_body_or_a_place_makes_no_person(
    parsed, text: str, name: str | None, absent: str
) -> None:
    kinds = kinds_of(parsed, text)
    assert absent not in kinds, kinds
    if name is not None:
        assert kinds.get(name) == "organization", kinds


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Review s25 r2 (pre-existing): a title word that is a given name, after the role, is the given name.
        ("North Carolina coach Dean Smith said the team played well.", "Dean Smith", "North Carolina coach"),
        ("Senator King Hall said the bill would pass.", "King Hall", "Senator"),
    ],
)
def test_a_given_name_after_a_role_is_no_title(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        # Review s25 r3 finding 3: a title word proper keeps the person whatever the surname.
        (
            "Field Marshal Montgomery led the attack. Montgomery later wrote a memoir.",
            "Marshal Montgomery",
            "Field Marshal",
        ),
        ("Air Marshal Smith said the jets were ready.", "Marshal Smith", "Air Marshal"),
    ],
)
def test_a_title_word_keeps_the_person_whatever_the_surname(parsed, text: str, name: str, role: str) -> None:
    mentions = {m.name: m for m in mentions_of(parsed, text)}
    assert name in mentions and mentions[name].kind == "person", mentions
    assert mentions[name].role == role
