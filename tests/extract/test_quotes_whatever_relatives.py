"""Quotes and claims: "Everything X says is ..." is the writer's (or a commenter's) verdict on what X says."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# polnear_dev: 'Everything Trump says is a lie unless proven otherwise' gave Trump the claim 'is a lie unless proven
# otherwise' (the parser made "Everything" a modifier of "Trump" and the verdict the clause he says).
@pytest.mark.parametrize(
    "text",
    ["Everything Trump says is a lie unless proven otherwise.", "Anything Obama said was ignored."],
)
def test_verdict_on_what_someone_says_is_no_claim_of_theirs(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Trump says the deal is dead.", ("Trump", "the deal is dead")),
        ("All Democrats said the bill would fail.", ("All Democrats", "the bill would fail")),
    ],
)
def test_plain_subjects_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
