"""Actors: a name the tagger took with its article ("the White House" as one organisation) is that name; the gazetteer
adds no second mention of it as a place at the same words."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    "text",
    [
        "The report was of particular concern to the White House as the hearings began.",
        "Aides said the decision came from the White House on Monday.",
    ],
)
def test_one_mention_for_a_name_with_its_article(parsed, text: str) -> None:
    found = [(m.name, m.kind) for m in mentions_of(parsed, text)]
    assert found == [("White House", "organization")]


def test_a_place_inside_a_longer_name_is_still_found(parsed) -> None:
    # Kept: the gazetteer still finds a place inside an organisation's name.
    names = {m.name for m in mentions_of(parsed, "He studied at the University of Sheffield for three years.")}
    assert "Sheffield" in names, names
