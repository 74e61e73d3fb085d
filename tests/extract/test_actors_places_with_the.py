"""Actors: a place whose name opens on "The" keeps it ("The Hague"; lead s26 inbox, probe class 7), written "the" or
"The", so every mention is one place; other names still lose their article ("the Netherlands", "the White House")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    "text",
    [
        "Ursula von der Leyen met Dutch Prime Minister Dick Schoof in The Hague on Monday.",
        "The talks in the Hague ended on Friday.",
        "Schoof met Rutte at the Hague on Friday. Officials in The Hague said so.",
    ],
)
def test_the_hague_keeps_its_article(parsed, text: str) -> None:
    places = {m.name for m in mentions_of(parsed, text) if m.kind == "place"}
    assert places == {"The Hague"}, places


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Schoof said the Netherlands wanted an opt-out.", "Netherlands"),
        ("The decision came from the White House on Monday.", "White House"),
    ],
)
def test_other_names_lose_the_article(parsed, text: str, name: str) -> None:
    assert name in {m.name for m in mentions_of(parsed, text)}
