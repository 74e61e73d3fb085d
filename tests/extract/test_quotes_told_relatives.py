"""Quotes and claims: a "that" clause after whom "tell" tells is what was told, not a relative clause on them."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# The parser may read "tells the paper that he fought with ..." as "the paper that he fought", leaving "tells"
# with no content (160 articles: Steve Castro's row, which was missing).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Employee Steve Castro tells the paper that he fought with the shirtless man, who snatched the keys from"
            " his hand.",
            (
                "Employee Steve Castro",
                "that he fought with the shirtless man, who snatched the keys from his hand",
            ),
        ),
    ],
)
def test_that_clause_after_the_addressee_is_told(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: a clause whose preposition lacks its object is a relative clause on the addressee ("the man that he
# fought with"); reports already read right stay as they are.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Smith told the man that he fought with to leave.", None),
        (
            "Smith told the reporter that he had met the suspect twice.",
            ("Smith", "that he had met the suspect twice"),
        ),
    ],
)
def test_relative_clause_on_the_addressee(parsed, text: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    if expected is None:
        assert not [r for r in rows if r[1].startswith("that he fought")]
    else:
        assert expected in rows
