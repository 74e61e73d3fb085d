"""Quotes and claims: painting someone as something is a judgement in words, like seeing or viewing them as it."""

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


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "President Barack Obama effectively painted Romney as an out-of-touch rich guy.",
            ("President Barack Obama", "Romney as an out-of-touch rich guy"),
        ),
        (
            "On Monday night, Clinton leaned in heavy and often, painting Trump as a Romney caricature.",
            ("Clinton", "Trump as a Romney caricature"),
        ),
    ],
)
def test_painting_someone_as_is_a_judgement(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: a brush, not words: "as part of" a drive, a surface or a place ("on a wall in Bristol"), a self-
# portrait, a place painted.
@pytest.mark.parametrize(
    "text",
    [
        "The volunteers painted the school as part of a charity drive.",
        "Banksy painted Trump as a clown on a wall in Bristol.",
        "Rembrandt painted himself as the prodigal son.",
        "The children painted London as a city of rainbows.",
    ],
)
def test_painting_things_is_no_claim(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []
