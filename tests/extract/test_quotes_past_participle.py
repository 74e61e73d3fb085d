"""Quotes: a past tense the tagger took for a participle (a subject of its own, an object, no auxiliary) is a finite
clause, so "found" reports it; a small clause's participle ("found the man injured") stays no finding."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


def test_past_tense_tagged_as_participle_is_reported(parsed):
    rows = rows_of(parsed, "The study found voters rated Democrats higher.")
    assert rows == [("The study", "voters rated Democrats higher")]


@pytest.mark.parametrize(
    "text",
    [
        "The study found the man injured.",
        "Police found the car abandoned near the river.",
    ],
)
def test_small_clause_participle_is_no_finding(parsed, text):
    assert rows_of(parsed, text) == []


def test_study_found_that_clause_kept(parsed):
    rows = rows_of(parsed, "The study found that voters rated Democrats higher.")
    assert rows == [("The study", "that voters rated Democrats higher")]
