"""Quotes and claims: a verb of saying joined to a cue with a subject of its own is another report, with a clause or
without one, never more of what the first cue says."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24 round 2 probe (t5): 'Smith said the talks had failed, and his deputy said the same' gave Smith the claim
# 'the talks had failed, and his deputy said the same' (a joined clause with a subject goes on with what was said
# unless a cue with a clause is in it).
@pytest.mark.parametrize(
    "text",
    [
        "Smith said the talks had failed, and his deputy said the same.",
        "Smith said the talks had failed, and his deputy agreed.",
    ],
)
def test_second_speaker_is_no_part_of_the_first_claim(parsed, text: str) -> None:
    assert ("Smith", "the talks had failed") in rows_of(parsed, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Smith said it was too early, and there was no evidence yet.",
            ("Smith", "it was too early, and there was no evidence yet"),
        ),
        (
            "Smith said the talks had failed, and his deputy said they would resume.",
            ("his deputy", "they would resume"),
        ),
    ],
)
def test_joined_clauses_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
