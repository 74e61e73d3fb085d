"""Quotes: a plea in court ("pleaded guilty", "pleaded not guilty", "pleaded no contest") is a legal act, not a claim;
pleading for something ("pleaded that he be spared", "pleaded with the judge to ...") still reports words."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "The man was sentenced to five years after pleading guilty to threatening to kill a congressman.",
        "John Smith pleaded not guilty to all charges on Monday.",
        "Jane Doe pleaded no contest to the charge.",
    ],
)
def test_a_plea_is_no_claim(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: words pleaded, and what is said beside a plea.
def test_pleading_words_stays(parsed) -> None:
    assert rows_of(parsed, "John Smith pleaded that he be spared.") == [("John Smith", "that he be spared")]
    assert rows_of(parsed, "John Smith pleaded guilty, saying he had acted alone.") == [
        ("John Smith", "he had acted alone")
    ]
