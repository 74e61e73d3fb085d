"""Actors: words a title phrase holds besides nouns: the article after a title's own "to" ("U.S. Ambassador to the
European Union Gordon Sondland") and a number inside a name the title's noun follows ("a member of the Apollo 10
crew"); audit s26 rows 'Gordon Sondland' (role 'Ambassador' only) and 'Tom Stafford' ('member of the Apollo')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        (
            "He denied that he, U.S. Ambassador to the European Union Gordon Sondland and Energy Secretary Rick Perry "
            "formed a channel.",
            "Gordon Sondland",
            "U.S. Ambassador to the European Union",
        ),
        (
            "Former U.S. ambassador to the Ukraine Marie Yovanovitch has a net worth of $17 million.",
            "Marie Yovanovitch",
            "Former U.S. ambassador to the Ukraine",
        ),
        (
            '"The mission accomplished the whole thing with one launch," Stafford, a member of the Apollo 10 crew, '
            "responded.",
            "Stafford",
            "member of the Apollo 10 crew",
        ),
    ],
)
def test_a_title_phrase_holds_its_article_and_number(parsed, text: str, name: str, role: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name) == role, roles


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Kept: "to the" after no title, and a number before no noun, give no title.
        ("He spoke to the Anna Berg campaign on Monday.", "Anna Berg"),
    ],
)
def test_no_title_without_one(parsed, text: str, name: str) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, text)}
    assert roles.get(name, "missing") is None, roles


def test_a_number_after_the_title_is_no_part_of_it(parsed) -> None:
    roles = {m.name: m.role for m in mentions_of(parsed, "The striker, Marco Rossi, scored 10 goals this season.")}
    assert roles.get("Marco Rossi") == "striker", roles
