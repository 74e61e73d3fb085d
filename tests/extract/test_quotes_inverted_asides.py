"""Quotes and claims: an inverted "says X" set off by commas inside a clause reports the clause, X speaking."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# The parser may make the name after an inverted "says" a second subject of the clause's verb, leaving the cue
# with none (160 articles: Richard Locksley's row, which was missing).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "This system, says Richard Locksley, an immunologist at the University of California, San Francisco,"
            " helps direct a systematic response to potential dangers throughout the body.",
            (
                "Richard Locksley, an immunologist at the University of California, San Francisco",
                "This system, says Richard Locksley, an immunologist at the University of California, San Francisco,"
                " helps direct a systematic response to potential dangers throughout the body",
            ),
        ),
    ],
)
def test_inverted_aside_name_speaks(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: the plain and the uninverted asides report as before; a common noun after the cue is not taken
# from the clause by this rule.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The economy, says John Smith, will grow next year.", "John Smith"),
        ("This system, Locksley says, helps direct a systematic response.", "Locksley"),
        ("Prices, says Goldman Sachs analyst Jan Hatzius, will rise.", "Goldman Sachs analyst Jan Hatzius"),
    ],
)
def test_other_asides_unchanged(parsed, text: str, expected: str) -> None:
    assert [r for r in rows_of(parsed, text) if r[0] == expected]
