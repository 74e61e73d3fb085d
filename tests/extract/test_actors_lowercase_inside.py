"""Actors: a content word in lower case between a name's capitalised words is no part of any name ("Liquid Retina
display with Promotion true Tone"); function words, particles and other languages' linking words are ("Bank of America",
"Ludwig van Beethoven", "Partido dos Trabalhadores")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


def test_a_lowercase_content_word_inside_is_no_name(parsed) -> None:
    text = "It has an edge-to-edge Liquid Retina display with Promotion true Tone, and wide Color."
    names = names_of(parsed, text)
    assert not any("true" in n for n in names), names


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("He listened to Ludwig van Beethoven all night.", "Ludwig van Beethoven"),
        ("Bank of America said profits rose.", "Bank of America"),
        ("The Partido dos Trabalhadores won the vote, party leaders said.", "Partido dos Trabalhadores"),
    ],
)
def test_a_linking_word_inside_stays(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


def test_other_languages_linking_words_come_from_wordfreq(parsed) -> None:
    # Review s24 finding 12: a closed list missed en, für, ve, voor, alla, aan, op ("Alternative für Deutschland",
    # "Volkspartij voor Vrijheid en Democratie"); review r2 finding 10: English words others write often are none.
    from extract.actors.names import foreign_links

    links = foreign_links()
    assert {"für", "ve", "voor", "en", "alla", "aan", "op", "sans", "und", "y", "och", "et", "des"} <= links
    assert not {"true", "display", "fighting", "war", "man", "door", "hat", "nasa", "malaysia"} & links
    # The tagger's "Wiskunde en Informatica" holds Dutch "en" (and): a name, not a lowercase content word.
    assert "Wiskunde en Informatica" in names_of(parsed, "The Centrum voor Wiskunde en Informatica built it.")
