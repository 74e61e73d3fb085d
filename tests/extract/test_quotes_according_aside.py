"""Quotes: an "according to" phrase that closes a dashed or bracketed aside sources the aside only, not the sentence
around it; one set off by commas, or outside any aside, still sources its sentence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Given that history -- and the fact that Trump has made more than 13,000 false or misleading claims since "
            "taking office, according to The Washington Post's Fact Checker -- there is every reason to suspect the "
            "original story.",
            (
                "The Washington Post's Fact Checker",
                "the fact that Trump has made more than 13,000 false or misleading claims since taking office",
            ),
        ),
        (
            "The plant (which employs 300 people, according to the company) will close in May.",
            ("the company", "which employs 300 people"),
        ),
    ],
)
def test_aside_is_what_is_sourced(parsed, text, row):
    assert rows_of(parsed, text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "LONDON -- Britain will cut taxes, according to the finance ministry.",
            ("the finance ministry", "Britain will cut taxes"),
        ),
        ("The deal, according to officials, is close.", ("officials", "The deal, according to officials, is close")),
        (
            "Sales rose 5 percent (according to the company) last year.",
            ("the company", "Sales rose 5 percent (according to the company) last year"),
        ),
        (
            "The company — a maker of chips — will cut 300 jobs, according to a filing.",
            ("a filing", "The company — a maker of chips — will cut 300 jobs"),
        ),
    ],
)
def test_near_misses_source_the_sentence(parsed, text, row):
    assert rows_of(parsed, text) == [row]
