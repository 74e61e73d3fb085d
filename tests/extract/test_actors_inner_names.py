"""Actors: a person called by a word inside a long name ("Luiz Inacio Lula da Silva ... Lula said"), and a rare given
name ending in a function word that opens a two-word name ("Governor Thaawarchand Gehlot")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def people(parsed, text: str) -> dict[str, tuple[tuple[str, ...], int]]:
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.aliases, a.mentions) for a in actors if a.kind == "person"}


def test_a_name_inside_a_long_name_is_that_person(parsed) -> None:
    found = people(
        parsed, "Brazilian President Luiz Inacio Lula da Silva arrived in Brasilia. Lula said he would veto the bill."
    )
    assert found == {"Luiz Inacio Lula da Silva": (("Lula",), 2)}


def test_a_name_inside_two_long_names_joins_neither(parsed) -> None:
    found = people(
        parsed,
        "John Paul Jones played bass and Jean Paul Gaultier designed the costumes. Paul said it was a fun night.",
    )
    assert found.get("Paul", ((), 0))[1] == 1 or not any("Paul" in a for a, _ in found.values())
    assert all("Paul" not in aliases for aliases, _ in found.values())


def test_a_first_name_still_joins_by_the_first_name_rule(parsed) -> None:
    found = people(parsed, "John Paul Jones played bass. Paul Smith sang. Paul said it was fun.")
    assert found["Paul Smith"] == (("Paul",), 2)
    assert found["John Paul Jones"] == ((), 1)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Governor Thaawarchand Gehlot signed the order on Tuesday.", "Thaawarchand Gehlot"),
        ("Judge Amarchand Jain adjourned the case.", "Amarchand Jain"),
    ],
)
def test_a_rare_given_name_ending_in_and_stays_whole(parsed, text: str, name: str) -> None:
    assert list(people(parsed, text)) == [name]


def test_a_surname_glued_to_and_before_a_full_name_is_still_cut(parsed) -> None:
    found = people(parsed, "Mayor Andriy Sadovyiand Vitali Klitschko spoke.")
    assert set(found) == {"Andriy Sadovyi", "Vitali Klitschko"}


def test_a_middle_given_name_alone_joins_no_one(parsed) -> None:
    # Review s29 rev1 RA5: "Sebastian" alone is rarely the president Andrzej Sebastian Duda.
    found = people(parsed, "Polish President Andrzej Sebastian Duda met the envoy. Sebastian said the talks went well.")
    assert found["Andrzej Sebastian Duda"] == ((), 1)
