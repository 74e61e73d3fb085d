"""Actors: the kind a list or a court-news formula gives a name the tagger got wrong: a personal name anywhere in a
list with a person is a person, an unknown "place" in a list of organisations is an organisation, and a one-word
name after "NAME, AGE, of" is the person's home town."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # "Sheryl Crow" (tagged GPE) is the second conjunct after "John Shanks" (tagged PERSON).
        (
            "The band has been in the studio with producer John Shanks (Bon Jovi, Sheryl Crow, Goo Goo Dolls, "
            "Miley Cyrus), creating five songs.",
            "Sheryl Crow",
            "person",
        ),
        (
            "He led key acquisitions, including Marvel Entertainment, Lucasfilm and BamTech, the little-known firm.",
            "Lucasfilm",
            "organization",
        ),
        (
            "Deputies stopped a car on Monday. Ryan S. Hollman, 31, of Hope and Victor N. Burton, 57, of Columbus "
            "were arrested.",
            "Hope",
            "place",
        ),
    ],
)
def test_a_list_or_a_formula_gives_the_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text)[name] == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a known place in a list of organisations stays a place ...
        ("The fund invested in Marvel Entertainment, Chicago and BamTech last year.", "Chicago", "place"),
        # ... a town after a comma, which is no list ...
        (
            "Scientists from the University of Munich and the University of Goethe, Frankfurt, went to see it.",
            "Frankfurt",
            "place",
        ),
        # ... a place in a list with a person too ...
        ("Tourists from Lucasfilm, Mexico and Rome filled the square.", "Mexico", "place"),
        # ... and a name after "of" that hangs on no person's name or age is no home town.
        ("Ryan Hollman was the father of Hope, who was not hurt.", "Hope", "person"),
    ],
)
def test_near_misses_keep_their_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


def test_a_venue_tagged_a_person_is_a_place(parsed) -> None:
    # Review s19 r3 LOW-24: "Shoreline Amphitheatre" was a person; "Arsenio Hall" keeps his surname.
    doc, rep = parsed(
        "Upcoming dates: Toronto, ON @ Budweiser Stage; Mansfield, MA @ Xfinity Center; Mountain View, CA @ Shoreline "
        "Amphitheatre. Arsenio Hall said he would attend."
    )
    kinds = {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}
    assert kinds.get("Shoreline Amphitheatre") == "place"
    assert kinds.get("Arsenio Hall") == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s19 r3 HIGH-12: people whose surname is a venue's word stay people.
        ("Bruce Arena said the team had played well. Arena was hired in 2016.", "Bruce Arena"),
        ("Aubrey Plaza said she loved the script.", "Aubrey Plaza"),
        ("Shirley Temple starred in dozens of films.", "Shirley Temple"),
    ],
)
def test_a_person_with_a_venues_word_for_a_surname_stays_a_person(parsed, text: str, name: str) -> None:
    doc, rep = parsed(text)
    assert {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}.get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "The firm bid for Tribune, the owner of the Chicago Tribune, New York Daily News, Baltimore Sun and "
            "Hartford Courant, and the former owner of The Times.",
            "Hartford Courant",
        ),
        (
            "The contract went to Boeing, Raytheon and Lockheed Martin, the Pentagon said.",
            "Lockheed Martin",
        ),
    ],
)
def test_a_name_tagged_a_person_in_a_list_of_organisations_is_one(parsed, text: str, name: str) -> None:
    # The tagger's guess on a name that opens on no given name, among two organisations or more.
    assert kinds_of(parsed, text).get(name) == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a given name opens it; one organisation is no list of them; a title makes it a person's.
        ("Apple, Google and Tim Cook were named in the complaint.", "Tim Cook"),
        ("Shares of Apple, Google and Warren Buffett rose on Monday.", "Warren Buffett"),
        ("Microsoft and Dara Khosrowshahi signed the deal.", "Dara Khosrowshahi"),
        ("Apple, Google and Senator Cory Booker were named in the complaint.", "Cory Booker"),
        # Review s20 r1a MED: a given name rarer than the tables know ("Vagit", "Mukesh").
        ("Shares of Lukoil, Rosneft and Vagit Alekperov fell on Monday.", "Vagit Alekperov"),
        ("Reliance, Tata and Mukesh Ambani gained on Monday.", "Mukesh Ambani"),
    ],
)
def test_a_person_in_a_list_of_organisations_stays_a_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "person"


def test_a_pavilion_or_an_amphitheatre_tagged_an_organisation_is_a_place(parsed) -> None:
    # A tour's venues ("BB&T Pavilion", "USANA Amphitheatre") were organisations, as the tagger calls them.
    kinds = kinds_of(
        parsed,
        "Tour dates:\nJune 19 -- PNC Music Pavilion, Charlotte, NC\nJune 27 -- BB&T Pavilion, Camden, NJ\n"
        "Sept. 2 -- USANA Amphitheatre, Salt Lake City, UT",
    )
    assert kinds.get("BB&T Pavilion") == kinds.get("USANA Amphitheatre") == kinds.get("PNC Music Pavilion") == "place"


def test_a_theatre_or_a_fund_named_for_a_pavilion_stays_an_organisation(parsed) -> None:
    # Near misses: a theatre is a company as often; a pavilion's word inside a body's name is not its last.
    kinds = kinds_of(
        parsed, "The Royal Court Theatre said the show would go on. The Hollywood Bowl Pavilion Fund said it would pay."
    )
    assert kinds.get("Royal Court Theatre") == kinds.get("Hollywood Bowl Pavilion Fund") == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # The noun before a list of examples says what they are ('Gannett' was a person of 7 mentions, 'Alden' a
        # place of 4); a company so named is one where the document writes it alone too.
        ("Public companies such as Gannett and McClatchy have resisted such fatalism.", "Gannett", "organization"),
        ("Public companies such as Gannett resisted. Gannett said it would cut costs.", "Gannett", "organization"),
        ("Some lawmakers, including Sasse, pressed the director at the hearing.", "Sasse", "person"),
    ],
)
def test_a_list_of_examples_takes_the_kind_of_its_noun(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a noun that says no kind ('services'), "as" without "such", a place the list leaves alone.
        ("Streaming services like HBO and CBS All Access cost more.", "HBO", "organization"),
        ("He worked as Gannett's editor for a decade.", "Gannett", "person"),
        ("Bigger cities like Houston and Phoenix grew fastest.", "Houston", "place"),
    ],
)
def test_a_list_of_examples_with_no_kind_noun_leaves_the_kind(parsed, text: str, name: str, kind: str | None) -> None:
    assert kinds_of(parsed, text).get(name) == kind
