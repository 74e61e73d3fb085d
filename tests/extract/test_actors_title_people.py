"""Actors: people the tagger took for organisations or whose title stayed in the name (lead s26 inbox, probe class 5
and the quotes probe's class 8): local offices are titles ("Councilmember Carroll Fife", "Coroner Alan Pike"), a name
set off by commas after a phrase a title heads is a person's ("The minister of foreign affairs of Indonesia, Retno
Marsudi,"), and a common surname joined to a tagged one is a person too ("Smith and Jones told the inquiry")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "Oakland city council voted 6-2 to close two fire stations. Councilmember Carroll Fife said the cuts would "
            "put lives at risk.",
            "Carroll Fife",
            "Councilmember",
        ),
        ("Coroner Alan Pike said he would write to the hospital trust.", "Alan Pike", "Coroner"),
        ("Sheriff Mark Lamb said deputies had arrested two men.", "Mark Lamb", "Sheriff"),
        ("Assemblywoman Buffy Wicks introduced the bill on Monday.", "Buffy Wicks", "Assemblywoman"),
        (
            "The minister of foreign affairs of Indonesia, Retno Marsudi, expressed that Indonesia will continue to "
            "support the aid.",
            "Retno Marsudi",
            "minister of foreign affairs of Indonesia",
        ),
    ],
)
def test_a_titled_person(parsed, text: str, name: str, role: str) -> None:
    found = {m.name: (m.kind, m.role) for m in mentions_of(parsed, text)}
    assert found.get(name) == ("person", role), found


def test_a_pronoun_after_the_titled_person_is_hers(parsed) -> None:
    text = (
        "The minister of foreign affairs of Indonesia, Retno Marsudi, expressed that Indonesia will continue to "
        "support the humanitarian aid. She emphasised that the situation is very concerning."
    )
    sources = {c.text: c.source for c in claims_of(parsed, text)}
    assert sources.get("that the situation is very concerning") == "Retno Marsudi", sources


@pytest.mark.parametrize(
    "text",
    [
        # The story names Smith as a person elsewhere (review s26 rev3q MED 7: evidence, not the word alone).
        "Dr Smith was the senior nurse on the ward. Smith and Jones told the inquiry they had raised concerns.",
        "Ann Smith ran the ward. Smith and Jones both told the inquiry they had raised concerns in 2019.",
    ],
)
def test_two_surnames_are_both_sources(parsed, text: str) -> None:
    sources = [c.sources for c in claims_of(parsed, text)][:1]
    assert len(sources) == 1 and {s.split()[-1] for s in sources[0]} == {"Smith", "Jones"}, sources


def test_a_company_named_for_two_people_stays_whole(parsed) -> None:
    # Review s26 rev3q MED 7: nothing in the story makes "Barnes" a person's name.
    assert "Barnes" not in {m.name for m in mentions_of(parsed, "Barnes and Noble closed 20 stores last year.")}


@pytest.mark.parametrize(
    ("text", "kind_of"),
    [
        # Kept: a company set off by commas after a noun stays one; a phrase going on into a title is no pair of names.
        (
            "The company's biggest customer, General Motors, said it would cut orders.",
            {"General Motors": "organization"},
        ),
        (
            "The crackdown must end, said Philip Luther, Research and Advocacy Director for the Middle East at "
            "Amnesty.",
            {"Research": None},
        ),
    ],
)
def test_look_alikes_keep_their_kind(parsed, text: str, kind_of: dict[str, str | None]) -> None:
    found = {m.name: m.kind for m in mentions_of(parsed, text)}
    assert {name: found.get(name) for name in kind_of} == kind_of, found
