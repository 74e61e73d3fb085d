"""Quotes: a run of quotes with nothing but spaces between them, closed by an attribution ('“It was chaos.” “People
were screaming.” “I just ran,” said Priya Raman, 24, a student.'), is one speaker's: before, only the last quote had
a row. Words of the writer between the quotes, or a cue before the last quote, break the run."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str]]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [(q.speaker, q.text) for q in quotes]


RUN = '"It was chaos." "People were screaming." "I just ran," said Priya Raman, 24, a student.'


# Probe s29 Q-P21 (MED)
@pytest.mark.parametrize("text", [RUN, "Police said the fire started at midnight.\n\n" + RUN])
def test_a_run_closed_by_an_attribution(parsed, text) -> None:
    assert _rows(parsed, text) == [
        ("Priya Raman", "It was chaos."),
        ("Priya Raman", "People were screaming."),
        ("Priya Raman", "I just ran,"),
    ]


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            '"It was chaos." Residents fled. "I just ran," said Priya Raman, 24, a student.',
            [("Priya Raman", "I just ran,")],
        ),
        ('"It was chaos." "People were screaming." Priya Raman said she ran.', []),
    ],
)
def test_a_broken_run(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows
