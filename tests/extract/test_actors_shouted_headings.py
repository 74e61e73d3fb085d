"""Actors: a word in capitals on a line written all in capitals that the story also writes in lower case is that
word shouted, no name ("TAXES"); acronyms, never written in lower case, stay."""

from __future__ import annotations

from tests.extract.helpers import names_of


def test_a_shouted_common_word_is_no_name(parsed) -> None:
    text = "GOVERNMENT SAYS TAXES WILL RISE\nThe finance minister said taxes on fuel will rise."
    names = names_of(parsed, text)
    assert "TAXES" not in names and "Taxes" not in names, names


def test_an_acronym_in_a_shouted_heading_stays(parsed) -> None:
    text = "NATO LEADERS MEET IN BRUSSELS\nThe leaders of NATO met on Tuesday and the alliance agreed to spend more."
    assert "NATO" in names_of(parsed, text)
