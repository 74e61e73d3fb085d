"""Quotes: the quote after a question put to someone ('“Will you run again?” a reporter asked') is the answer, not
the asker's; a question asked of no one ('“Is it over?” she asked') goes on with its speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _rows(parsed, text: str) -> list[tuple[str, str | None]]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [(q.text, q.speaker_text) for q in quotes]


# Review s28 rev1 Q2 (MED)
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            '"Will you run again?" a reporter asked outside the chamber. "I have not decided." Cantwell then got '
            "into a waiting car.",
            [("Will you run again?", "a reporter")],
        ),
        (
            '"Will you run again?" a reporter asked outside the chamber.\n\n"I have not decided."',
            [("Will you run again?", "a reporter")],
        ),
        (
            '"Is it over?" she asked. "It cannot be over." She shook her head.',
            [("Is it over?", "she"), ("It cannot be over.", "she")],
        ),
    ],
)
def test_answer_is_not_the_askers(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows
