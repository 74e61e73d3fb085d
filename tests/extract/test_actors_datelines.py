"""Actors: a dateline's town is a place whatever the tagger calls it, read by the shared dateline reader
(extract.datelines): in capitals, as repair recased it ("Bogotá, Colombia (AP) —"), or alone on its line with its
country ("BAAR, SWITZERLAND"). A name that opens a line before no dateline stays what it is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Repair writes the accented capitals "Bogotá"; the tagger then calls it a person.
        ("BOGOTÁ, Colombia (AP) — Colombia's president said on Tuesday that talks would resume.", "Bogotá, Colombia"),
        ("UVALDE, Texas (AP) — Uvalde announced a plan on Monday.", "Uvalde, Texas"),
        ("BAAR, SWITZERLAND\n\nBased on Ascom's connectivity, the firm grew.", "Baar, Switzerland"),
    ],
)
def test_a_datelines_town_is_a_place(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "place"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a person opening a line with no dateline, and a name after a dateline's dash.
        ("Jackson, the team's captain, was injured on Sunday.", "Jackson", "person"),
        ("WASHINGTON (AP) — Jackson said on Sunday that the team would play.", "Jackson", "person"),
    ],
)
def test_a_name_in_no_dateline_keeps_its_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind
