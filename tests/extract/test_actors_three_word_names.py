"""A person's name the tagger cut before its last word ("Maria Corina" of "Maria Corina Machado") runs on to that word
when the parse hangs the name on it and the document writes it alone elsewhere ("Machado, 58, spoke"): the full name
was lost and the bare surname dropped as a fragment (probe s30 P180)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of


def test_the_surname_after_two_given_names_is_kept(parsed):
    text = (
        "Venezuela's opposition leader Maria Corina Machado said on Thursday she would return to the country. "
        "Machado, 58, spoke by video link."
    )
    kinds = actor_kinds_of(parsed, text)
    assert kinds.get("Maria Corina Machado") == "person"
    assert "Maria Corina" not in kinds and "Machado" not in kinds
