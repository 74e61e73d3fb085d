"""Actors: a personal name the tagger calls an organisation or a place is a person when the text uses it as one: its
surname is tagged a person when written alone, or it is coordinated with a name tagged a person."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from tests.extract.helpers import kinds_of


def actors_of(parsed, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc, rep = parsed(text)
    return {a.name: (a.kind, a.aliases) for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


@pytest.mark.parametrize(
    ("text", "name", "alias"),
    [
        # The surname alone is tagged a person: the full name (tagged ORG) is that person, and takes the surname.
        (
            "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said on Tuesday. Persson explained "
            "that the evidence had weakened.",
            "Eva-Marie Persson",
            "Persson",
        ),
        # Coordinated with a name tagged a person ("Kate York" tagged GPE), with a given name.
        (
            "Steenburgen's co-writers Caitlyn Smith and Kate York came to the project. \"It's a totally different "
            'muscle," York said.',
            "Kate York",
            "York",
        ),
    ],
)
def test_a_personal_name_tagged_a_thing_is_a_person(parsed, text: str, name: str, alias: str) -> None:
    kind, aliases = actors_of(parsed, text)[name]
    assert kind == "person"
    assert alias in aliases


def test_a_full_name_tagged_an_organisation_takes_its_surname_tagged_a_person(parsed) -> None:
    # "Mason" is no given name the nicknames data lists, but the surname is rare and tagged a person alone.
    text = "Garrett hit Mason Rudolph with the helmet. Rudolph said he was fine."
    assert actors_of(parsed, text)["Mason Rudolph"] == ("person", ("Rudolph",))


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a bank named after people, coordinated with a person, stays an organisation (neither word is
        # rare, "Morgan" no given name the data lists) ...
        (
            "Morgan Stanley and Jamie Dimon clashed over the deal. Morgan Stanley said it would cut jobs.",
            "Morgan Stanley",
            "organization",
        ),
        # ... a company whose last word another full name of the story owns (review s17 LOW-5) ...
        (
            "Goldman Sachs cut its forecast. Economist Jeffrey Sachs of Columbia University said the cut was overdue. "
            '"It is late," Sachs said.',
            "Goldman Sachs",
            "organization",
        ),
        # ... a body whose last word names its kind, with a given name first ...
        ("Victoria Hospital and Dr. Jane Roe said the patient was stable.", "Victoria Hospital", "organization"),
        # ... and a known place coordinated with a person.
        ("Virginia Beach and Tom Smith were both named in the suit.", "Virginia Beach", "place"),
    ],
)
def test_a_thing_coordinated_with_a_person_keeps_its_kind(parsed, text: str, name: str, kind: str) -> None:
    assert actors_of(parsed, text)[name][0] == kind


def test_a_name_set_beside_a_persons_title_is_a_person(parsed) -> None:
    # 'Eva-Marie Persson' was an organisation (tagged ORG twice), so no "She added" found her (QUO, 160 articles).
    doc, rep = parsed(
        "Sweden's deputy director of public prosecutions, Eva-Marie Persson, said the case was closed. Persson "
        "explained that the evidence had weakened."
    )
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert {a.name: a.kind for a in actors}.get("Eva-Marie Persson") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: an organisation beside a noun that is no person's; a name opening on no given name.
        ("The company's biggest rival, Samsung Electronics, said profits fell.", "Samsung Electronics"),
        ("Her employer, Jordan Motors, said it would appeal the ruling.", "Jordan Motors"),
        ("The firm's adviser, Goldman Sachs, said the deal was fair.", "Goldman Sachs"),
        # Review s20 r1a MED: a firm named for two given names.
        ("The company's adviser, Morgan Stanley, said the deal was fair.", "Morgan Stanley"),
    ],
)
def test_an_organisation_beside_a_noun_stays_one(parsed, text: str, name: str) -> None:
    doc, rep = parsed(text)
    assert {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}.get(name) == "organization"


def test_a_given_name_tagged_a_person_alone_makes_its_full_name_a_person(parsed) -> None:
    # 'Rose-Lynn Harlan' was an organisation (2) beside a person 'Rose-Lynn' (12): one person now (audit s21).
    doc, rep = parsed(
        "Jessie Buckley had agreed to play Rose-Lynn Harlan. Rose-Lynn is a single mother. Rose-Lynn sings."
    )
    actors = merge_actors(extract_mentions(doc, rep, "a.txt"))[0]
    assert [(a.name, a.kind, a.mentions) for a in actors if "Rose" in a.name] == [("Rose-Lynn Harlan", "person", 3)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Audit s24: among people's names only, a rare given name before a rare word is a person's name too.
        (
            "Jets 2, Predators 1: Patrik Laine and Nikolaj Ehlers scored, Connor Hellebuyck made 38 saves and "
            "Winnipeg defeated Nashville.",
            "Nikolaj Ehlers",
        ),
    ],
)
def test_a_rare_name_among_people_is_a_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "person", kinds_of(parsed, text)


def test_a_company_among_companies_stays(parsed) -> None:
    # A company tagged a person in the list ("Lockheed Martin") does not make the others people.
    text = "Bidders include Boeing, Lockheed Martin, Draper, Northrop Grumman and SpaceX, the agency said."
    assert kinds_of(parsed, text).get("Northrop Grumman") != "person", kinds_of(parsed, text)
