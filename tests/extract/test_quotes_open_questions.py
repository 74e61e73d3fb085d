"""Quotes and claims: a cue under "whether" is an open question and a cognition verb under the writer's hedge
("probably", "perhaps") a guess: nobody said or voiced anything."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 160 articles: 'Traders cited the lingering uncertainty over whether the United States and China could agree to end
# a near 1-1/2 year trade war as a reason for stocks to drift' gave the two countries the claim 'to end a near 1-1/2
# year trade war as a reason for stocks to drift' (only cognition verbs stood aside under "whether").
@pytest.mark.parametrize(
    ("text", "gone"),
    [
        (
            "Traders cited the lingering uncertainty over whether the United States and China could agree to end"
            " a near 1-1/2 year trade war as a reason for stocks to drift.",
            "the United States and China",
        ),
        ("It is unclear whether the minister said that the talks had failed.", "the minister"),
        (
            "Scissors said whether Trump will agree to remove existing tariffs depends largely on the election.",
            "Trump",
        ),
    ],
)
def test_cue_under_whether_claims_nothing(parsed, text: str, gone: str) -> None:
    assert all(source != gone for source, _ in rows_of(parsed, text))


# 160 articles: '... and those people that need that solution probably already know that they need to wait for the
# Mac Pro tower' gave 'those people' the claim 'that they need to wait for the Mac Pro tower': the writer's guess.
@pytest.mark.parametrize(
    "text",
    [
        "Those people that need that solution probably already know that they need to wait for the Mac Pro tower.",
        "Trump perhaps believes that the deal will save his farm vote.",
    ],
)
def test_hedged_cognition_is_the_writers_guess(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The minister said that the talks had failed.", ("The minister", "that the talks had failed")),
        ("Analysts believe the deal will close.", ("Analysts", "the deal will close")),
        (
            "Scissors said whether Trump will agree to remove existing tariffs depends largely on the election.",
            ("Scissors", "whether Trump will agree to remove existing tariffs depends largely on the election"),
        ),
        ("The minister probably said that the talks had failed.", ("The minister", "that the talks had failed")),
    ],
)
def test_plain_cues_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
