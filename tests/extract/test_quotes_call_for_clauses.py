"""Quotes and claims: "call for X to be done" is a call, as "call for X" is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# The parser makes the "for" of "called for the footage to be released" the mark of a for-to clause, so "call" had
# no particle and gave no row (known left from s22).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Protesters on Friday called for the footage to be released.", ("Protesters", "the footage to be released")),
        (
            "The union called for the contract to be renegotiated.",
            ("The union", "the contract to be renegotiated"),
        ),
        ("Democrats called for him to resign.", ("Democrats", "him to resign")),
    ],
)
def test_call_for_a_clause_is_a_call(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: a recipe's need is no call (9cf8e73), and a plain "call for" object is unchanged.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The recipe called for the sugar to be melted.", []),
        ("Protesters called for the release of the footage.", [("Protesters", "the release of the footage")]),
    ],
)
def test_call_for_near_misses(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    assert rows_of(parsed, text) == expected
