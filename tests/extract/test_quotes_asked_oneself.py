"""Quotes: "ask" with a passive infinitive and no one asked is a request about the asker ("asked not to be
identified", "asked to be included"), nothing claimed; asking someone, or asking whether, still reports."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            "The source, a Syrian refugee who feared regime retaliation and asked not to be identified, said that "
            "the claim is false.",
            [
                (
                    "The source, a Syrian refugee who feared regime retaliation and asked not to be identified",
                    "that the claim is false",
                )
            ],
        ),
        ("The official asked not to be named because he was not authorized to speak.", []),
        ("The campaign asked to be included in the debate.", []),
    ],
)
def test_request_about_oneself_is_no_claim(parsed, text, rows):
    assert rows_of(parsed, text) == rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The mayor asked residents to stay indoors.", ("The mayor", "residents to stay indoors")),
        ("The reporter asked whether the plan would pass.", ("The reporter", "whether the plan would pass")),
    ],
)
def test_asking_someone_or_whether_reports(parsed, text, row):
    assert rows_of(parsed, text) == [row]
