"""Actors: a given name and a surname the tagger left untagged, vouched for by a noun for a person right before them
("Arsenal boss Mikel Arteta") or by the surname alone as the subject of a verb of saying ("... Arteta said he")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from tests.extract.helpers import actor_kinds_of


def people(parsed, text: str) -> dict[str, tuple[tuple[str, ...], tuple[str, ...], int]]:
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.aliases, a.roles, a.mentions) for a in actors if a.kind == "person"}


@pytest.mark.parametrize(
    ("text", "name", "mentions"),
    [
        # A noun for a person before the pair: the sports pages' "boss" (the small model tags nothing here).
        ("Arsenal boss Mikel Arteta praised his players after the win. Arteta said he was proud of the team.",
         "Mikel Arteta", 2),
        # The surname alone, subject of "said", vouches for the pair the tagger missed.
        ("Mikel Arteta praised his players after the win. Arteta said he was proud.", "Mikel Arteta", 2),
        # After a noun for a person, a surname that is an everyday word is a surname too.
        ("Liverpool boss Arne Slot said the team had to improve.", "Arne Slot", 1),
    ],
)  # fmt: skip
def test_an_untagged_full_name_vouched_for_is_a_person(parsed, text: str, name: str, mentions: int) -> None:
    found = people(parsed, text)
    assert name in found
    assert found[name][2] == mentions


def test_the_noun_before_is_the_role(parsed) -> None:
    found = people(parsed, "Arsenal boss Mikel Arteta praised his players after the win.")
    assert found["Mikel Arteta"][1] == ("Arsenal boss",)


@pytest.mark.parametrize(
    "text",
    [
        # No noun for a person before, no speaker alone: an everyday surname stays unread.
        "Visitors to Grace Park enjoyed the sun on Sunday.",
        # A month is no given name, whatever the noun before it.
        "The chairman said in May Lee would step down.",
        # The word alone is no subject of a verb of saying.
        "Fans of Mikel Arteta filled the stand. Arteta banners hung everywhere.",
    ],
)
def test_look_alikes_give_no_new_person(parsed, text: str) -> None:
    found = people(parsed, text)
    assert "Grace Park" not in found
    assert "May Lee" not in found
    assert "Mikel Arteta" not in found


@pytest.mark.parametrize(
    ("text", "role"),
    [
        ("Chelsea boss Enzo Maresca said his side deserved the win.", "Chelsea boss"),
        ("Quarterback Russell Wilson threw two touchdowns on Sunday.", "Quarterback"),
    ],
)
def test_sports_nouns_for_people_are_roles(parsed, text: str, role: str) -> None:
    found = people(parsed, text)
    assert [(n, v[1]) for n, v in found.items()] == [(n, (role,)) for n in found]
    assert not any(role.split()[-1].lower() in n.lower() for n in found)


def test_a_surname_opening_a_sentence_as_a_speaker_is_the_person(parsed) -> None:
    found = people(parsed, "Taylor Swift announced an album. Swift said she was inspired by her tour.")
    assert found["Taylor Swift"][2] == 2


def test_an_everyday_surname_opening_a_sentence_otherwise_is_not(parsed) -> None:
    found = people(parsed, "Taylor Swift announced an album. Swift action followed from the label.")
    assert found["Taylor Swift"][2] == 1


@pytest.mark.parametrize(
    ("text", "name", "role", "mentions"),
    [
        ("Chancellor Merz declared that Germany will not accept a dictated peace.", "Merz", "Chancellor", 1),
        (
            "The chancellor Merz declared that Germany will not accept a dictated peace. Merz added that talks would "
            "go on.",
            "Merz",
            "chancellor",
            2,
        ),
    ],
)
def test_a_title_and_an_untagged_surname_are_a_person(parsed, text: str, name: str, role: str, mentions: int) -> None:
    found = people(parsed, text)
    assert found[name][1:] == ((role,), mentions)


@pytest.mark.parametrize(
    "text",
    [
        # A portfolio or rank word before a company's word; a title before an everyday word.
        "General Motors said it would cut jobs.",
        "Deputy Speaker said the session was closed.",
        "The president Obama era ended in 2017.",
    ],
)
def test_titled_look_alikes_give_no_person(parsed, text: str) -> None:
    assert "Motors" not in people(parsed, text)
    assert "Speaker" not in people(parsed, text)


def test_a_name_given_an_age_is_a_person(parsed) -> None:
    found = people(
        parsed,
        "Novak Djokovic withdrew from the Paris Masters with an elbow injury. The Serbian said he hoped to return. "
        "Djokovic, 38, has won 24 Grand Slam titles.",
    )
    assert found["Novak Djokovic"][0] == ("Djokovic",)
    assert found["Novak Djokovic"][2] == 2


def test_companies_listed_with_counts_are_no_people(parsed) -> None:
    assert people(parsed, "Shares of Apple, 150, Google, 130, and Tesla, 90, rose.") == {}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # An untagged run of proper nouns that speaks: a body by "it" or by its words, a person by a given name.
        ("Human Rights Watch said 23 people had been killed.", "Human Rights Watch", "organization"),
        ("Anthropic said it would expand in Europe.", "Anthropic", "organization"),
        ("Reform UK said it would scrap the tax.", "Reform UK", "organization"),
        # A courtesy title of South Asian or West African copy is no part of the name.
        ("Shri Amit Shah said the state would get funds.", "Amit Shah", "person"),
        ("Alhaji Aliko Dangote said the refinery would open.", "Aliko Dangote", "person"),
    ],
)
def test_an_untagged_speaker_is_an_actor(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == kind


@pytest.mark.parametrize(
    "text",
    [
        # One word and no clue of what it is; a title alone; a place that speaks for its government.
        "Lula said Brazil would host the summit.",
        "Prime Minister said the talks went well.",
        "Moscow said it would respond.",
    ],
)
def test_an_untagged_speaker_without_a_clue_stays_unread(parsed, text: str) -> None:
    found = actor_kinds_of(parsed, text)
    assert "Lula" not in found
    assert "Prime Minister" not in found
    assert found.get("Moscow", "place") == "place"


def test_reform_uk_gives_no_uk_place(parsed) -> None:
    assert "UK" not in actor_kinds_of(parsed, "Reform UK said it would scrap the tax.")


def test_a_one_word_name_given_a_small_number_keeps_its_kind(parsed) -> None:
    # Review s29 rev1 RA8: a team's count of titles is no age.
    assert actor_kinds_of(parsed, "Ferrari, 16, has won more constructors' titles than any other team.").get(
        "Ferrari"
    ) == ("organization")
