"""Actors: a name the tagger calls a place or a people is a person's when a courtesy title stands right before it
("Ms Okafor, 41, said": quotes probe s27 class 13), or when it opens on a given name and a person's title stands beside
it ("Labour's chair, Anneliese Dodds,", "Frans Timmermans, leader of ...": actors probe s27 class 5)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


def _kind(parsed, text: str, name: str) -> str | None:
    kinds = [m.kind for m in mentions_of(parsed, text) if m.name == name]
    assert kinds, [m.name for m in mentions_of(parsed, text)]
    return kinds[0]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            'Ms Okafor, 41, said she had waited nine hours in the emergency department. "Nobody came," she said.',
            "Ms Okafor",
        ),
        ("Labour's chair, Anneliese Dodds, said the party would not back the bill.", "Anneliese Dodds"),
        ("Frans Timmermans, leader of the Green-Left alliance, said the vote was close.", "Frans Timmermans"),
    ],
)
def test_a_name_with_a_persons_title_is_a_person(parsed, text: str, name: str) -> None:
    assert _kind(parsed, text, name) == "person"


def test_the_speaker_after_a_courtesy_title_is_found(parsed) -> None:
    from tests.extract.helpers import speaker_of

    text = 'Ms Okafor, 41, said she had waited nine hours. "Nobody came to check on my son," she told the BBC.'
    assert speaker_of(parsed, text, "Nobody came") == "Ms Okafor"


def test_a_brand_after_dr_stays_no_person(parsed) -> None:
    assert all(m.kind != "person" for m in mentions_of(parsed, "Dr Pepper said sales rose 5 percent."))


def test_a_country_after_capitals_like_dr_stays_a_place(parsed) -> None:
    # Review s27 rev2q HIGH 2: "DR" in capitals is no courtesy title, and a country is no person.
    kinds = {m.name: m.kind for m in mentions_of(parsed, "Fighting in eastern DR Congo has displaced 100,000 people.")}
    assert kinds.get("Congo") == "place" and "person" not in kinds.values()


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Mr Washington, the county's sheriff, said the road would stay closed.", "Mr Washington"),
        ("Ms Georgia told the court she had been threatened.", "Ms Georgia"),
    ],
)
def test_a_place_named_person_after_mr_or_ms_stays_a_person(parsed, text: str, name: str) -> None:
    # Review s27 rev3q MED 3: only "Dr", "Sir" and "Dame" refuse a country or a big place after them.
    assert _kind(parsed, text, name) == "person"
