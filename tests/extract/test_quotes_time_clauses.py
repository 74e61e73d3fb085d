"""Quotes and claims: "said at the time that ..." reports the clause only when the cue says nothing else and the
time is "at the time" or "at that time" right after it (or after its addressee)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24, finding 5: 413ab55 read the clause on any time after any cue of saying, so 'Police said nothing at the
# time that the suspect was arrested' gave police the claim 'that the suspect was arrested'.
@pytest.mark.parametrize(
    "text",
    [
        "Police said nothing at the time that the suspect was arrested.",
        "The senator said so at the time that the bill passed.",
    ],
)
def test_cue_with_words_of_its_own_tells_when(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said at the time that he was in Paris.", ("The mayor", "that he was in Paris")),
        ("The mayor said at that time that he was in Paris.", ("The mayor", "that he was in Paris")),
        ("The mayor told reporters at the time that he was in Paris.", ("The mayor", "that he was in Paris")),
        (
            "The New York Times reported at the time that the editor had resigned.",
            ("The New York Times", "that the editor had resigned"),
        ),
    ],
)
def test_said_at_the_time_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
