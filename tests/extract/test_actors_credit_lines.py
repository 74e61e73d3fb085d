"""Actors: the people a wire story's credit line names ("(Reporting by Nelson Banya; Editing by Sandra Maler and Mark
Potter)") wrote or edited it; they are no actors of the story (probe s29 A21: across ten Reuters files an editor
outranked most newsmakers)."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def names(parsed, text: str) -> set[str]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name for a in found}


@pytest.mark.parametrize(
    "text",
    [
        "Officials said the mine would reopen. (Reporting by Nelson Banya; Editing by Sandra Maler and Mark Potter)",
        "Officials said the mine would reopen.\n\nAdditional reporting by Jessica Elgot.",
    ],
)
def test_credited_people_are_no_actors(parsed, text: str) -> None:
    assert not names(parsed, text) & {"Nelson Banya", "Sandra Maler", "Mark Potter", "Jessica Elgot"}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("The report by Jane Doe, an economist, said rates would rise.", "Jane Doe"),
        ("The policy was written by Jane Doe and John Smith.", "John Smith"),
    ],
)
def test_authors_in_the_story_stay(parsed, text: str, name: str) -> None:
    assert name in names(parsed, text)
