"""Quotes: an inverted closing cue ("..., said Derek Scissors, a China scholar") that the parser made the sentence's
own verb, with what comes before hung on it as an adverbial clause, reports that sentence and owns its quote."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, rows_of

SCISSORS = (
    '"The president wants the option of having a bigger deal with China. Bigger than just the little deal" '
    "announced in October, said Derek Scissors, a China scholar with the American Enterprise Institute in Washington."
)


def test_quote_before_narration_and_inverted_cue_is_the_speakers(parsed):
    quotes, claims = quotes_and_claims_of(parsed, SCISSORS)
    assert [(q.speaker, q.text) for q in quotes] == [
        (
            "Derek Scissors",
            "The president wants the option of having a bigger deal with China. Bigger than just the little deal",
        )
    ]
    assert [c.source for c in claims] == ["Derek Scissors"]


def test_near_misses(parsed):
    assert [
        c for _, c in rows_of(parsed, "The economy will slow next year, said Jane Smith, an economist at the bank.")
    ] == ["The economy will slow next year"]
    assert rows_of(parsed, "Bigger than the last deal, said the minister.") == []
    quotes, _ = quotes_and_claims_of(parsed, '"We will win," said the coach.')
    assert [q.text for q in quotes] == ["We will win,"]
