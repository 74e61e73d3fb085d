"""Claims: "told the inquest the ward had been understaffed": a clause with no "that" the parser hung on whom the cue
tells is what was told."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, rows_of


# Probe s26 (t3, 57/a): 'Kate Lowe told the inquest the ward had been understaffed' and 'Mrs Thompson's daughter,
# Claire, told the inquest her mother had been "let down at every turn"' gave no row.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Nurse Amy Cole told the inquest the ward had been understaffed.",
            ("Nurse Amy Cole", "the ward had been understaffed"),
        ),
        (
            'His son, Daniel, told the inquest his father had been "failed by everyone".',
            ("His son, Daniel", 'his father had been "failed by everyone"'),
        ),
    ],
)
def test_the_clause_after_the_addressee_is_what_was_told(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


def test_the_quote_in_it_is_the_speakers(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed, 'Daniel Reyes spoke on Monday. He told the inquest his father had been "failed by everyone".'
    )
    assert [(q.text, q.speaker) for q in quotes] == [("failed by everyone", "Daniel Reyes")]


# Unchanged: the clauses the parser reads as complements already.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The coroner told the hearing the death was preventable.", ("The coroner", "the death was preventable")),
        ("She told the panel the report was wrong.", ("She", "the report was wrong")),
    ],
)
def test_complements_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
