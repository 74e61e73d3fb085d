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


# Review s24 round 2, finding 8: a body as addressee ('the jury', 'the legislature') was an object of its own, and the
# addressee itself became the content ('the governor warned the legislature' -> 'the legislature').
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The vote is final: the judge told the jury on Monday.", ("the judge", "The vote is final")),
        ("We have been here before: the governor warned the legislature in 2019.", None),
    ],
)
def test_body_addressee_is_no_content(parsed, text: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    assert all(claim not in ("the legislature", "the jury") for _, claim in rows)
    if expected is not None:
        assert expected in rows


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The governor warned of a crisis.", ("The governor", "a crisis")),
        ("Police said nothing at the time that the suspect was arrested.", None),
    ],
)
def test_told_things_unchanged(parsed, text: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    assert expected in rows if expected is not None else rows == []
