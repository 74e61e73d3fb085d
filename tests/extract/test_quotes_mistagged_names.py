"""Quotes: a name after a closing quote that the tagger took for a common noun ('“This is a joke,” Jeffries laughed':
Jeffries/NNS) still speaks the quote; a common word there does not ('“...,” Rain fell')."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: 'Jeffries laughed' (speaker tagged NOUN)
def test_a_name_tagged_as_a_plural_speaks_the_quote(parsed) -> None:
    text = (
        "House Minority Leader Hakeem Jeffries mocked the plan on Tuesday. \u201cThis is a joke,\u201d Jeffries "
        "laughed."
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.text, q.speaker, q.speaker_text) for q in quotes] == [
        ("This is a joke,", "Hakeem Jeffries", "Jeffries")
    ]


def test_a_lone_mistagged_name_is_shown_as_written(parsed) -> None:
    quotes, _ = quotes_and_claims_of(parsed, "\u201cThis is a joke,\u201d Jeffries laughed.")
    assert [(q.text, q.speaker_text) for q in quotes] == [("This is a joke,", "Jeffries")]


def test_a_common_word_after_the_quote_speaks_nothing(parsed) -> None:
    quotes, _ = quotes_and_claims_of(parsed, "\u201cIt is over,\u201d Rain fell.")
    assert quotes == []
