"""Actors: "<person>, known as <name>," gives the person's other name, an alias of the person, not an actor of its
own ("Shaquille O'Neal, known as Shaq", "Changpeng Zhao, known as CZ")."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors(parsed, text: str) -> dict[str, tuple[str, tuple[str, ...]]]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: (a.kind, a.aliases) for a in found}


@pytest.mark.parametrize(
    ("text", "person", "alias"),
    [
        ("Shaquille O'Neal, known as Shaq, agreed.", "Shaquille O'Neal", "Shaq"),
        ("Changpeng Zhao, known as CZ, was pardoned. CZ later thanked his lawyers.", "Changpeng Zhao", "CZ"),
        ("Hugo van Lawick, known as Grub, lives in Tanzania.", "Hugo van Lawick", "Grub"),
    ],
)
def test_the_other_name_is_an_alias(parsed, text: str, person: str, alias: str) -> None:
    found = actors(parsed, text)
    assert found[person] == ("person", (alias,))
    assert alias not in found


def test_a_description_after_known_as_is_no_name(parsed) -> None:
    found = actors(parsed, "John Smith, known as a fierce critic of Apple, spoke.")
    assert found["John Smith"] == ("person", ())
    assert found["Apple"] == ("organization", ())


@pytest.mark.parametrize(
    ("text", "count"),
    [
        # Review s29 rev1 RA7: "better known as", "formerly known as".
        ("Marshall Mathers, better known as Eminem, released a new album. Eminem thanked his fans.", 3),
        ("Ahmed al-Sharaa, formerly known as Abu Mohammed al-Jolani, met the envoy.", 2),
    ],
)
def test_more_ways_of_saying_known_as(parsed, text: str, count: int) -> None:
    found = actors(parsed, text)
    assert len(found) == 1
    assert found[next(iter(found))][0] == "person"
    doc, rep = parsed(text)
    from extract.actors import extract_mentions as em
    from extract.actors import merge_actors as ma

    assert ma(em(doc, rep, "a.txt"))[0][0].mentions == count
