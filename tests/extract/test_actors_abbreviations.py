"""Actors: abbreviated place names in capitals, and a company's legal form left alone by a split."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors_of(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.kind for a in actors}


@pytest.mark.parametrize(
    ("text", "place", "not_actor"),
    [
        # The tokenizer cuts "ST." in two in capitals, and the tagger takes "JOSEPH" for a person, "LOUIS" for an
        # organisation.
        ("ST. JOSEPH, Mich. (AP) — Michigan health authorities are reporting a sixth case.", "St. Joseph", "Joseph"),
        ("ST. LOUIS (AP) — The Cardinals won again on Sunday.", "St. Louis", "LOUIS"),
        ("FT. LAUDERDALE, Fla. (AP) — A man was arrested on Friday.", "Ft. Lauderdale", "LAUDERDALE"),
    ],
)
def test_a_dateline_saint_or_fort_is_one_place(parsed, text: str, place: str, not_actor: str) -> None:
    actors = actors_of(parsed, text)
    assert actors.get(place) == "place"
    assert not_actor not in actors and "ST" not in actors and "FT" not in actors


def test_a_saint_in_running_text_stays_as_it_was(parsed) -> None:
    # Near miss: "St. Louis" in running text is one token "St." and one entity already.
    assert actors_of(parsed, "He moved to St. Louis last year with his family.").get("St. Louis") == "place"


def test_a_legal_form_alone_names_no_actor(parsed) -> None:
    # "#CollectiveBias, Inc." and "Dräger, Inc.": the split at the comma leaves "Inc." alone.
    actors = actors_of(parsed, "This shop has been compensated by #CollectiveBias, Inc. and its advertiser.")
    assert "Inc." not in actors and "Inc" not in actors
    assert "CollectiveBias" in actors


def test_an_acronym_that_is_also_a_legal_form_stays(parsed) -> None:
    # Near miss: in capitals a legal form's letters are an acronym ("SNC" is Sierra Nevada Corporation).
    doc, rep = parsed("Sierra Nevada Corporation (SNC) won the contract. SNC said it would hire 200 engineers.")
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    assert [(a.name, a.aliases) for a in actors] == [("Sierra Nevada Corporation", ("SNC",))]


def test_names_that_are_foreign_legal_forms_stay_names(parsed) -> None:
    # Near misses: cleanco lists "sal" and "sia" as legal forms of other countries; here they are people.
    assert actors_of(parsed, "Sal Khan, the founder of Khan Academy, said classes would grow. Sal said so.") == {
        "Sal Khan": "person",
        "Khan Academy": "organization",
    }
    assert actors_of(parsed, "The singer Sia released a new album on Friday, Sia said.") == {"Sia": "person"}


def test_a_street_abbreviation_inside_a_capitals_line_is_no_dateline(parsed) -> None:
    # "ON MAIN ST. POLICE SAID ...": "ST." ends a street's name; the capitals after it are no place.
    text = "POLICE SEARCH FOR SUSPECT ON MAIN ST. POLICE SAID THE MAN FLED. He was last seen on Main Street."
    assert not [name for name in actors_of(parsed, text) if name.startswith("St.")]


def test_a_dateline_saint_with_a_possessive_is_one_place(parsed) -> None:
    text = "ST. JOHN\u2019S, Newfoundland (CP) \u2014 The province reported 10 new cases on Tuesday."
    assert {n.replace("\u2019", "'"): k for n, k in actors_of(parsed, text).items()}.get("St. John's") == "place"
