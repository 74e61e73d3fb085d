"""Actors: short forms that join, or stay apart from, a person's full name."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from extract.records import Mention


def mention(name: str, kind: str, start: int) -> Mention:
    return Mention(name, name, kind, start, start + len(name), "a.txt", None, "")


def story(parsed, text: str):
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return actors


@pytest.mark.parametrize(
    ("full", "surname"),
    [
        # A singular nationality or faith is a surname too: the small model tags it NORP alone.
        ("Dawn French", "French"),
        ("Brandon Christian", "Christian"),
        ("Kate Irish", "Irish"),
    ],
)
def test_a_surname_that_is_a_nationality_joins_its_person(full: str, surname: str) -> None:
    ms = [mention(full, "person", 0)] + [mention(surname, "group", 40 * n) for n in (1, 2)]
    actors, _ = merge_actors(ms)
    assert [(a.name, a.kind, a.aliases) for a in actors] == [(full, "person", (surname,))]


@pytest.mark.parametrize(
    ("full", "group"),
    [
        # Near misses: a plural group word whose singular is a word is no surname.
        ("Virginia Democrats", "Democrats"),
        ("Ohio Republicans", "Republicans"),
        ("Nigeria Christians", "Christians"),
    ],
)
def test_a_plural_group_word_is_no_surname(full: str, group: str) -> None:
    ms = [mention(full, "person", 0)] + [mention(group, "group", 40 * n) for n in (1, 2)]
    actors, _ = merge_actors(ms)
    assert {a.name: a.kind for a in actors} == {full: "person", group: "group"}


def test_a_comedian_called_by_her_surname(parsed) -> None:
    actors = story(
        parsed,
        "LONDON (AP) — Comedian Dawn French announced a new tour on Monday. French said it would be her last, and "
        "French thanked her fans for 40 years of support.",
    )
    assert not [a.name for a in actors if a.kind == "group"]
    assert [a.mentions for a in actors if a.kind == "person"] == [3]


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # The tagger calls the Right Honourable's name an organisation; the surname joins it.
        (
            "LONDON (Reuters) — The Rt Hon Keir Starmer MP met business leaders on Monday. Starmer said the "
            "government would cut red tape.",
            "Keir Starmer",
            "person",
        ),
        # Near miss: the organisation the style follows keeps its kind.
        (
            "ABUJA — Former Speaker of the House of Representatives Rt. Hon. B. U. Nzeribe spoke on Monday.",
            "House of Representatives",
            "organization",
        ),
    ],
)
def test_the_right_honourable_is_a_person(parsed, text: str, name: str, kind: str) -> None:
    actors = {a.name: a for a in story(parsed, text)}
    assert actors[name].kind == kind
    if kind == "person":
        assert actors[name].mentions == 2
