"""Quotes: "X said, quoting Y: “...”" passes on Y's words: Y is the quote's speaker ("a firefighter", "firefighter
John Doe"). A text cited ("citing a report") leaves the speaker as it was."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of


# Brief s30 known error: 'said, quoting a firefighter:'
def test_an_unnamed_person_quoted_speaks(parsed) -> None:
    text = "The fire chief said, quoting a firefighter: \u201cThe roof came down in seconds.\u201d"
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [(None, "a firefighter")]


def test_a_named_person_quoted_speaks(parsed) -> None:
    text = "Mayor Ann Smith said, quoting firefighter John Doe: \u201cThe roof came down in seconds.\u201d"
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [("John Doe", "firefighter John Doe")]


def test_a_text_cited_leaves_the_speaker(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "The minister said, citing a report, that exports had fallen.")
    assert [c.source_text for c in claims] == ["The minister"]
