"""Quotes and claims: whom a closing cue after a colon tells is no object of its own; the clause before is reported."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24, finding 6: c6411e7 counted the addressee as the cue's own object, so 'The plan is dead: the mayor told
# reporters.' gave no row.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan is dead: the mayor told reporters.", ("the mayor", "The plan is dead")),
        ("Tensions are rising: the minister warned lawmakers on Tuesday.", ("the minister", "Tensions are rising")),
    ],
)
def test_addressee_after_colon_reports_the_clause_before(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "expected", "absent"),
    [
        (
            "We have been here before: Osama bin Laden declared war on the United States.",
            ("Osama bin Laden", "war on the United States"),
            "We have been here before",
        ),
        (
            "The plan is dead: the mayor told reporters that the council would vote again.",
            ("the mayor", "that the council would vote again"),
            "The plan is dead",
        ),
    ],
)
def test_own_object_or_clause_unchanged(parsed, text: str, expected: tuple[str, str], absent: str) -> None:
    rows = rows_of(parsed, text)
    assert expected in rows
    assert not [r for r in rows if r[1].startswith(absent)]
