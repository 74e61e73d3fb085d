"""Actors: a title news abbreviates with a dot ("Sen.", "Rep.", "Gov.", "Lt. Col.") is a title before the name; a
courtesy title between a title and the name ("correspondent Dr. Sanjay Gupta") is neither's part; a bare title gives
way to an apposition after the name ("Rep. José Serrano (D-NY), chairman of the subcommittee")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from tests.extract.helpers import mentions_of


def _roles(parsed, text: str) -> dict[str, str | None]:
    return {m.name: m.role for m in mentions_of(parsed, text)}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Rep. Frank Lucas said the plan was bad.", {"Frank Lucas": "Rep."}),
        (
            "New Jersey Sen. Cory Booker, Hawaii Rep. Tulsi Gabbard, businessman Andrew Yang and Steyer are under "
            "enormous pressure.",
            {"Cory Booker": "New Jersey Sen.", "Tulsi Gabbard": "Hawaii Rep.", "Andrew Yang": "businessman"},
        ),
        ("Kentucky Democrats beat incumbent Gov. Matt Bevin in a state Trump won.", {"Matt Bevin": "incumbent Gov."}),
        ("The late Sen. John McCain was held there in 1967.", {"John McCain": "late Sen."}),
        ("Lt. Col. Alexander Vindman told lawmakers it was his duty.", {"Alexander Vindman": "Lt. Col."}),
    ],
)
def test_an_abbreviated_title_is_a_title(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _roles(parsed, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A full stop after a title ends the sentence; the apposition before it stays whole.
        (
            '"He has not followed it religiously," said Hogan Gidley, the principal deputy White House press '
            "secretary.\n\nNow consider what we know.",
            {"Hogan Gidley": "principal deputy White House press secretary"},
        ),
        (
            '"We support our partners," said Ivan Braiker, my6sense\'s new Chief Strategy Officer.\n\nmy6sense is '
            "the only platform.",
            {"Ivan Braiker": "my6sense's new Chief Strategy Officer"},
        ),
    ],
)
def test_a_sentence_end_after_a_title_is_no_abbreviation(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _roles(parsed, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "As CNN's chief medical correspondent Dr. Sanjay Gupta noted at the time, the risk was moderate.",
            {"Sanjay Gupta": "CNN's chief medical correspondent"},
        ),
        (
            "Trump released a letter from his longtime physician Dr. Harold Bornstein.",
            {"Harold Bornstein": "longtime physician"},
        ),
        ("The company's founder, Dr. Anna Berg, said the plan was sound.", {"Anna Berg": "company's founder"}),
        # Kept: the name is the object of "for"; a clause before the comma is no title.
        ("A spokesman for Mrs. Clinton said no.", {"Clinton": None}),
        ("He spoke to reporters, Dr. Anna Berg said.", {"Anna Berg": None}),
    ],
)
def test_a_courtesy_title_after_a_title(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _roles(parsed, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Rep. José Serrano (D-NY), chairman of the subcommittee, was skeptical it would be forthcoming.",
            {"José Serrano": "chairman of the subcommittee"},
        ),
        (
            "Officers found methamphetamine in her car, said Lt. Matt Harris, Columbus Police Department spokesman.",
            {"Matt Harris": "Columbus Police Department spokesman"},
        ),
        (
            "General Mark Milley, chairman of the Joint Chiefs of Staff, said the troops would stay.",
            {"Mark Milley": "chairman of the Joint Chiefs of Staff"},
        ),
        # No apposition: the bare title stays.
        ("Sen. Ben Sasse, R-Neb., called his death a crisis of public trust.", {"Ben Sasse": "Sen."}),
    ],
)
def test_an_apposition_says_more_than_a_bare_title(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _roles(parsed, text)
    assert {name: found.get(name) for name in expected} == expected, found


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Review s26 rev2q LOW 8: a description before the name that no title word heads gives way to the apposition.
        (
            "Senior author Dr. Silvia S. Martins, associate professor of epidemiology at Columbia University, "
            "commented on the study.",
            {"Silvia S. Martins": "associate professor of epidemiology"},
        ),
        (
            "Study lead author Lucas Paganini, a planetary scientist at NASA, said water was found.",
            {"Lucas Paganini": "planetary scientist"},
        ),
        # Kept: a title word heading the phrase before the name stays the role; with no apposition a description
        # before the name stays too.
        (
            "Health minister Anna Berg, a former surgeon, said the plan was sound.",
            {"Anna Berg": "Health minister"},
        ),
        ("The band will tour with singer Michael McDonald next year.", {"Michael McDonald": "singer"}),
        # Review s26 rev3q HIGH 3: an apposition that is no job leaves the job word before the name.
        ("Actor Tom Hanks, a longtime supporter of the charity, spoke at the gala.", {"Tom Hanks": "Actor"}),
        ("Striker Marco Rossi, a father of three, scored twice on Sunday.", {"Marco Rossi": "Striker"}),
        (
            "Novelist Salman Rushdie, a survivor of a 2022 stabbing, spoke at the festival.",
            {"Salman Rushdie": "Novelist"},
        ),
        (
            "Goalkeeper Jordan Pickford, a boyhood Sunderland fan, saved a penalty.",
            {"Jordan Pickford": "Goalkeeper"},
        ),
        (
            "Study coordinator Anna Berg, a geologist at the university, said the samples were old.",
            {"Anna Berg": "geologist"},
        ),
    ],
)
def test_an_apposition_says_more_than_a_description(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _roles(parsed, text)
    assert {name: found.get(name) for name in expected} == expected, found


def test_an_abbreviated_title_and_its_word_are_one_role(parsed) -> None:
    # Review s26 rev2q LOW 8: 'Gov.' and 'Governor' are one role; rev3q LOW 10: 'South Dakota Gov.' says it with the
    # state before it.
    text = (
        "Gov. Kristi Noem launched the campaign on Monday. Critics mocked the slogan. Governor Kristi Noem said "
        "the campaign was working. South Dakota Gov. Kristi Noem defended it again on Tuesday."
    )
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    roles = {a.name: a.roles for a in actors}
    assert roles.get("Kristi Noem") == ("South Dakota Gov.",), roles


def test_a_role_said_again_with_a_name_before_it_is_one(parsed) -> None:
    # Review s26 rev3q LOW 10: "the" is no difference, and a role another says with a name before it goes.
    text = (
        "Former U.S. ambassador to the Ukraine Marie Yovanovitch testified. NASA planetary scientist Lucas Paganini "
        "said water was found. Paganini, a planetary scientist, added that more tests would follow. Yovanovitch, the "
        "former U.S. ambassador to Ukraine, left early."
    )
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    roles = {a.name: a.roles for a in actors}
    assert roles.get("Lucas Paganini") == ("NASA planetary scientist",), roles
    assert roles.get("Marie Yovanovitch") == ("former U.S. ambassador to Ukraine",), roles


def test_another_office_is_no_repeat(parsed) -> None:
    # Kept: "Deputy Director" and "Director" are two offices.
    text = "Deputy Director Anna Berg spoke first. Director Anna Berg, as she later became, spoke again in May."
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    roles = {a.name: set(a.roles) for a in actors}
    assert roles.get("Anna Berg") == {"Deputy Director", "Director"}, roles
