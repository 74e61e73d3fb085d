"""Quotes and claims: the writer's clause before a colon is no content of a cue after it that has its own object."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# polnear_dev: 'We have been here before: Osama bin Laden declared war on the United States' gave bin Laden the
# claim 'We have been here before'; '... the story of Copenhagen: In December 2009, ..., the two learned of a
# meeting' gave 'the two' the writer's lead-in.
@pytest.mark.parametrize(
    ("text", "absent", "expected"),
    [
        (
            "We have been here before: Osama bin Laden declared war on the United States in 1996.",
            "We have been here before",
            ("Osama bin Laden", "war on the United States"),
        ),
        (
            "Mr. Obama and Hillary Clinton never seem to tire of telling the story of Copenhagen: In December 2009,"
            " with the climate conference on the verge of failure, the two learned of a meeting of the leaders.",
            "Mr. Obama and Hillary Clinton never seem to tire",
            None,
        ),
    ],
)
def test_colon_lead_in_is_not_reported(parsed, text: str, absent: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    assert not [r for r in rows if r[1].startswith(absent)]
    if expected is not None:
        assert expected in rows


# Near misses: a closing cue with nothing of its own after it reports the clause before the colon or comma, and a
# cue with a clause after the colon reports that clause (as before).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plan is dead: the mayor said on Monday.", ("the mayor", "The plan is dead")),
        ("The plan is dead, the mayor said on Monday.", ("the mayor", "The plan is dead")),
        ("Then came the twist: the minister said the report was flawed.", ("the minister", "the report was flawed")),
    ],
)
def test_closing_and_clause_cues_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
