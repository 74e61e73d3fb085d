"""Quotes: "call" and "call for" with a thing for subject and no one named are a need or a name, no one's words
("the original recipe called for three cups of sugar", "a sample called Glasgow"); people, groups, organisations and
named speakers still call for things."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "The original recipe for this jam called for three cups of sugar.",
        "The film opens with a sample called Glasgow.",
        "Everyone called him Mike.",
    ],
)
def test_thing_calls_nothing(parsed, text):
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The protesters called for new elections.", ("The protesters", "new elections")),
        ("The union called for a strike.", ("The union", "a strike")),
        ("Senator Bob Casey called for new sanctions.", ("Senator Bob Casey", "new sanctions")),
        ("The spokeswoman called the plan reckless.", ("The spokeswoman", "the plan reckless")),
    ],
)
def test_someone_still_calls(parsed, text, row):
    assert rows_of(parsed, text) == [row]
