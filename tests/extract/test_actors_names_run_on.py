"""Actors: a person's name the tagger cut short runs on to the word the parse hangs it on, over a particle (lead s26
inbox, probe class 4: "Erik ten Hag", "Marc-André ter Stegen", "Yoon Suk Yeol"), and a given name, a particle and a
surname tagged an organisation or a building is a person's name (class 5: "Ludwig van Beethoven's", a FAC "Linus
Ullmark")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("United manager Erik ten Hag said his players had shown real character.", "Erik ten Hag", "United manager"),
        (
            "Barcelona captain Marc-André ter Stegen was injured in training.",
            "Marc-André ter Stegen",
            "Barcelona captain",
        ),
        (
            "Chinese President Xi Jinping met South Korean President Yoon Suk Yeol on the sidelines of the summit.",
            "Yoon Suk Yeol",
            "South Korean President",
        ),
        ("President Yoon Suk Yeol met the delegation on Monday.", "Yoon Suk Yeol", "President"),
    ],
)
def test_a_name_runs_on(parsed, text: str, name: str, role: str) -> None:
    found = {m.name: m.role for m in mentions_of(parsed, text) if m.kind == "person"}
    assert found.get(name, "missing") == role, found


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Kept: a building named after a person, and a verb between two names.
        ("He stayed at the Donald Trump Tower in Chicago.", {"Donald Trump Tower", "Chicago"}),
        ("My partner is John with middle initial M, and Mike was John with middle initial M.", {"John", "Mike"}),
        ("Coach Louis van Gaal praised the players.", {"Louis van Gaal"}),
    ],
)
def test_look_alikes_keep_their_names(parsed, text: str, names: set[str]) -> None:
    assert {m.name for m in mentions_of(parsed, text)} == names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Ludwig van Beethoven's Ninth Symphony was played at the gala.", "Ludwig van Beethoven"),
        (
            "Jason Zucker had a goal and an assist, and Jonas Brodin also scored for the Wild. Brandon Montour scored "
            "for the Sabres and Linus Ullmark stopped 22 shots.",
            "Linus Ullmark",
        ),
        ("Priya Raghunathan joins from Rolls-Royce Holdings plc, where she was group treasurer.", "Priya Raghunathan"),
    ],
)
def test_a_given_name_and_surname_is_a_person(parsed, text: str, name: str) -> None:
    kinds = {m.name: m.kind for m in mentions_of(parsed, text)}
    assert kinds.get(name) == "person", kinds
