"""Quotes: "The American said" opening a sentence is one person by nationality (the capital article is the
sentence's), never the group the actors made of the word: no source unless the person spoke just before."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: bare 'the American'/'the Kenyan' becoming speakers
def test_a_sentence_opening_nationality_is_no_group_source(parsed) -> None:
    text = "The American said he had not expected to win. The Kenyan said the race was hard."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [(None, "The American"), (None, "The Kenyan")]


def test_a_nationality_after_a_named_speaker_is_that_speaker(parsed) -> None:
    text = (
        "Coach Ange Postecoglou said the team had worked hard. \u201cWe deserved it,\u201d the Australian said."
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("Ange Postecoglou", "the Australian")]


def test_a_sentence_opening_nationality_after_a_named_speaker_is_that_speaker(parsed) -> None:
    text = "Coach Ange Postecoglou said the team had worked hard. The Australian said the fans had been superb."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [
        ("Ange Postecoglou", "Coach Ange Postecoglou"),
        ("Ange Postecoglou", "The Australian"),
    ]
