"""Quotes: a subject under "neither" ("neither X nor Y", "Neither of them") says nothing, as "No one said" does."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "He ups the ante, apparently assuming that neither his staff nor the whistleblower will testify about it.",
        "Neither the mayor nor the governor said the plant would close.",
        "Neither of the candidates said the plant would close.",
        "Neither side said the talks had failed.",  # review s22 r1 MED-2: the determiner 'neither'
    ],
)
def test_neither_says_nothing(parsed, text):
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        ("The mayor and the governor said the plant would close.", "the plant would close"),
        ("Either the mayor or the governor said the plant would close.", "the plant would close"),
        ("Both candidates said the plant would close.", "the plant would close"),
        ("Either side said the talks had failed.", "the talks had failed"),
    ],
)
def test_near_misses_say_it(parsed, text, row):
    assert [c for _, c in rows_of(parsed, text)] == [row]
