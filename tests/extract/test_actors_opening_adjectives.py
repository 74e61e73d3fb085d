"""Actors: an everyday adjective opening a sentence before a name that modifies a common noun ("Recent Samsung smart
TVs") is no part of the name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Recent Samsung smart TVs also include the Apple TV app. Samsung said it would add more.", "Samsung"),
        ("Older Apple phones do not support the update, Apple said on Monday.", "Apple"),
    ],
)
def test_an_opening_adjective_is_cut(parsed, text: str, name: str) -> None:
    names = names_of(parsed, text)
    assert name in names
    assert not any(n.endswith(" " + name) for n in names)


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a name that heads its phrase keeps its first word, as do names whose adjective the tagger
        # tags a proper noun, and a word that is no everyday English adjective.
        ("Live Nation is producing the tour, tickets for which go on sale Friday.", "Live Nation"),
        ("General Motors said it would cut jobs.", "General Motors"),
        ("Groupe LAPS (France) produces movies and media installations.", "Groupe LAPS"),
        # A band's or a company's own first word, its rest never written alone (review s17 MED-1).
        ("Pink Floyd drummer Nick Mason said the band would not reunite.", "Pink Floyd"),
        # "the Caribbean", a place, is no use of the company's rest alone (review s17 MED-2).
        ("Royal Caribbean ships will sail the Caribbean again this winter, the cruise line said.", "Royal Caribbean"),
        (
            "Royal Caribbean ships will return to sea in July. Royal Caribbean said bookings were strong.",
            "Royal Caribbean",
        ),
    ],
)
def test_a_name_keeps_its_adjective(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)
