"""Quotes and claims: the that-clause after the statement or interview words came in is what was said."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# "told The Hill in a statement that ...": the parser hangs the that-clause on "statement" (a claim noun, whose
# clause is otherwise its own content); after "in", the statement is the medium and the clause what was told
# (160 articles: Sonya A. Zoghlin's row, which had none).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Zoghlin, Carlineo’s attorney, told The Hill in a statement that her client did not intend to cause harm"
            " to Omar and did not make plans to do so.",
            (
                "Zoghlin, Carlineo’s attorney",
                "that her client did not intend to cause harm to Omar and did not make plans to do so",
            ),
        ),
        (
            "Smith told reporters in a statement that her client did not intend to cause harm.",
            ("Smith", "that her client did not intend to cause harm"),
        ),
    ],
)
def test_clause_after_the_statement_words_came_in_is_told(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: a statement released that says something is the statement's content as before (no cue of someone
# telling), and a relative clause on the statement ("a statement that was released Monday") is no content.
@pytest.mark.parametrize(
    ("text", "absent"),
    [
        ("Smith told The Hill in a statement that was released Monday.", "that was released Monday"),
        ("Smith said in a statement that was released Monday that the plant would close.", "that was released"),
    ],
)
def test_relative_clause_on_the_statement_is_not_said(parsed, text: str, absent: str) -> None:
    assert not [r for r in rows_of(parsed, text) if absent in r[1]]
