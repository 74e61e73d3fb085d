"""Quotes and claims: a man or a woman the story introduces and never names ("a woman", "one man") is whom a later
"he" or "she" of the same gender stands for, not the person named before (review s24, finding 11: these plain
nouns stay among the gendered roles the pronoun rules read; kept apart, each of these pronouns went to the name)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    "text",
    [
        'Taylor Swift arrived at the court. Officers led a woman away. "This is unfair," she said.',
        'Alex Morgan spoke to reporters. A man who works at the plant was fired. "I was never warned," he said.',
        "Jordan Smith met voters in Ohio. One man asked about jobs. He said the plant had closed.",
    ],
)
def test_unnamed_man_or_woman_keeps_the_pronoun(parsed, text: str) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert claims
    assert all(c.source is None for c in claims)
    assert all(q.speaker is None for q in quotes)


def test_copula_vote_unchanged(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed,
        'Omar is one of the first two Muslim women elected to Congress. "We will not be silenced," she said.',
    )
    assert [q.speaker for q in quotes] == ["Omar"]
