"""Actors: abbreviated place names in capitals."""

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
