"""Quotes: a hyphenated title before the speaker's name ("said co-founder Jane Smith", "said study co-author X")
is part of the speaker's phrase; its first piece ("co", "vice") is no speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ('"We are thrilled," said co-founder Jane Smith.', "Jane Smith", "co-founder Jane Smith"),
        (
            '"It was a mistake," said former vice-president Mike Pence.',
            "Mike Pence",
            "former vice-president Mike Pence",
        ),
        (
            "Rainfall occurs everywhere on Titan, but the equatorial regions are drier than the poles, said study "
            "co-author Anezina Solomonidou, a European Space Agency research fellow.",
            "Anezina Solomonidou",
            "study co-author Anezina Solomonidou, a European Space Agency research fellow",
        ),
        (
            "The company's co-founder, Jane Smith, said the deal was done.",
            "Jane Smith",
            "The company's co-founder, Jane Smith",
        ),
    ],
)
def test_hyphenated_title(parsed, text: str, speaker: str, said: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [(speaker, said)]


# Near miss: a title without a hyphen.
@pytest.mark.parametrize(
    ("text", "speaker", "said"),
    [
        ('"We are thrilled," said founder Jane Smith.', "Jane Smith", "founder Jane Smith"),
    ],
)
def test_title_speaker_stays(parsed, text: str, speaker: str, said: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.source, c.source_text) for c in claims] == [(speaker, said)]
