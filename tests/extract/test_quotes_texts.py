"""Quotes and claims: a text's participle ("a tweet saying ...", "a letter calling ...") and who speaks through it."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes
from extract.records import Claim


def claims_of(parsed, text: str) -> list[Claim]:
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


# Who puts out a text (issues, releases, posts, sends, unleashes it) speaks through its participle, for any text
# noun ("a report saying", "a tweet saying", "a series of tweets saying"), not only a statement or a letter.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The agency released a report saying that emissions rose by 3 percent.",
            ("The agency", "that emissions rose by 3 percent"),
        ),
        ("Trump posted a tweet saying the election was rigged.", ("Trump", "the election was rigged")),
        (
            "Donald Trump unleashed a series of tweets saying that Clinton had shown bad judgment.",
            ("Donald Trump", "that Clinton had shown bad judgment"),
        ),
    ],
)
def test_issuer_speaks_through_the_text(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Who receives or cites a text does not say what it says: the text does ("Trump received a letter saying ..." gave
# Trump as the speaker).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump received a letter saying the election was rigged.", ("a letter", "the election was rigged")),
        ("Officials cited a letter saying the plant was unsafe.", ("a letter", "the plant was unsafe")),
    ],
)
def test_received_text_speaks_itself(parsed, text: str, expected: tuple[str, str]) -> None:
    claims = claims_of(parsed, text)
    assert expected in [(c.source_text, c.text) for c in claims]
    assert all(c.source != "Trump" for c in claims)


# Near misses: issuing and reading out a statement keep their speaker, as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The White House issued a statement condemning the attack on the embassy.",
            ("The White House", "the attack on the embassy"),
        ),
        ("The mayor read a statement saying the curfew would end.", ("The mayor", "the curfew would end")),
    ],
)
def test_issued_statement_keeps_its_speaker(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]
