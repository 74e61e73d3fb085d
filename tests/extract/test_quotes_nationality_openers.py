"""Quotes: "The American said" opening a sentence is one person by nationality (the capital article is the
sentence's), never the group the actors made of the word: no source unless the person spoke just before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: bare 'the American'/'the Kenyan' becoming speakers
def test_a_sentence_opening_nationality_is_no_group_source(parsed) -> None:
    text = "The American said he had not expected to win. The Kenyan said the race was hard."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [(None, "The American"), (None, "The Kenyan")]


def test_a_nationality_after_a_named_speaker_is_that_speaker(parsed) -> None:
    text = "Coach Ange Postecoglou said the team had worked hard. \u201cWe deserved it,\u201d the Australian said."
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("Ange Postecoglou", "the Australian")]


@pytest.mark.parametrize(
    "text",
    [
        # review s30 revA-R1: a newspaper named by a nationality opening a sentence is no one's name
        "Prime Minister Anthony Albanese said the budget was fair. The Australian reported that the cost had doubled.",
        "Coach Ange Postecoglou said the team had worked hard. The Australian said the fans had been superb.",
        # revA-R2: nor the last speaker, who may be of another nation
        "Tim Henman said he was tired. The American said the crowd had been loud.",
    ],
)
def test_a_sentence_opening_nationality_takes_no_earlier_speaker(parsed, text: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert claims[0].source is not None
    assert [c.source for c in claims[1:]] == [None]
