"""Actors: an organisation restated by its acronym in parentheses is one actor even when the acronym's letters are
its name's in another language ("Party for Freedom (PVV)", "Kurdistan Workers' Party (PKK)"); a dateline's agency
after its place stays apart."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors_of(parsed, text: str) -> dict[str, tuple[str, ...]]:
    doc, rep = parsed(text)
    return {a.name: a.aliases for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


@pytest.mark.parametrize(
    ("text", "name", "acronym"),
    [
        (
            "The far-right Party for Freedom (PVV) of Geert Wilders won the most seats. The PVV said it would seek "
            "partners.",
            "Party for Freedom",
            "PVV",
        ),
        (
            "Mark Rutte of the People's Party for Freedom and Democracy (VVD) said the coalition was over.",
            "People's Party for Freedom and Democracy",
            "VVD",
        ),
        (
            "The Kurdistan Workers' Party (PKK) has fought the Turkish state since 1984. The PKK announced a truce.",
            "Kurdistan Workers' Party",
            "PKK",
        ),
    ],
)
def test_a_foreign_acronym_restates_the_name(parsed, text: str, name: str, acronym: str) -> None:
    actors = actors_of(parsed, text)
    assert acronym in actors.get(name, ()), actors
    assert acronym not in actors


@pytest.mark.parametrize(
    ("text", "apart"),
    [
        # A dateline's agency after a place.
        ("LOS ANGELES (AP) — The city council voted on Monday to ban the devices.", "AP"),
        ("Mark Rutte of the VVD said the coalition was over. NEW YORK (AP) — The council voted.", "AP"),
    ],
)
def test_other_parentheses_stay_apart(parsed, text: str, apart: str) -> None:
    assert apart in actors_of(parsed, text)
