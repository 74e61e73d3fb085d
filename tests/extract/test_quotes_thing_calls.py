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


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The report called for an immediate ceasefire in Gaza.", ("The report", "an immediate ceasefire in Gaza")),
        ("A new study calls for stricter limits on sugar.", ("A new study", "stricter limits on sugar")),
        ("The editorial called the decision a disgrace.", ("The editorial", "the decision a disgrace")),
        ("The memo called for an investigation into the leak.", ("The memo", "an investigation into the leak")),
        ("The resolution calls for an immediate ceasefire.", ("The resolution", "an immediate ceasefire")),
    ],
)
def test_texts_and_findings_call_for_their_authors(parsed, text, row):
    # review s22 r1 HIGH-1: a report, a study, a memo, an editorial or a resolution speaks for its authors
    assert rows_of(parsed, text) == [row]
