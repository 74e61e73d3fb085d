"""Actors (probe s27 actors class 5): an everyday word the tagger calls a person, capitalised only because it opens
the sentence, that modifies a lowercase noun after it is no name ("Riot police used water cannon"); a given name
("Hunter supporters") or a surname the story writes capitalised elsewhere stays."""

from __future__ import annotations

from tests.extract.helpers import mentions_of


def test_a_sentence_opening_modifier_is_no_person(parsed) -> None:
    text = "Riot police used water cannon on the protesters on Saturday. Hundreds were detained."
    assert "Riot" not in {m.name for m in mentions_of(parsed, text)}


def test_a_given_name_opening_the_sentence_stays(parsed) -> None:
    assert ("Hunter", "person") in {(m.name, m.kind) for m in mentions_of(parsed, "Hunter supporters cheered.")}
