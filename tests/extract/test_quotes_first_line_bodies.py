"""Quotes and claims: an article's first line that is a body paragraph (no headline above it), with a "X said: “...”"
in it, pairs its cue as any paragraph does; only a headline's colon ("A lesson from Loretta Lynch: ‘...’") makes a
headline quote."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "quote"),
    [
        # probe_q 16 (s25 review, HIGH 3): a second, direct claim ':' ran on into "The road remained closed ...".
        (
            'Police said a man had been arrested. Detective Inspector Sarah Cole said: "We are appealing for'
            ' footage." The road remained closed for six hours.',
            "We are appealing for footage.",
        ),
        (
            "The plant shut in May. Works manager Owen Price told staff: “The line will not restart.” Workers left"
            " at noon.",
            "The line will not restart.",
        ),
        (
            "Asked about the vote, the party's leader, Ines Duarte, said: “We will respect it.” She left soon after.",
            "We will respect it.",
        ),
    ],
)
def test_a_first_body_line_pairs_its_cue(parsed, text: str, quote: str) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes] == [quote]
    direct = [c for c in claims if quote in c.text]
    assert [c.text for c in direct] == [quote]  # one row, ending with the quote


# Kept: a headline's quote after a colon.
def test_a_headline_colon_quote_stays(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed,
        "A lesson from Loretta Lynch: ‘Be the voice of the voiceless’\n\nThe former attorney general spoke on Tuesday.",
    )
    assert [(q.speaker, q.text) for q in quotes] == [("Loretta Lynch", "Be the voice of the voiceless")]
