"""Quotes and claims: "according to" a measure applied inside a predicate sources nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# polnear_dev: 'Trump is 6'3" tall and weighs 236 pounds, which classifies him as overweight according to his body
# mass index' gave 'his body mass index' the sentence.
@pytest.mark.parametrize(
    "text",
    [
        "Trump is 6'3\" tall and weighs 236 pounds, which classifies him as overweight according to his body mass"
        " index.",
        "He is poor according to the official definition.",
    ],
)
def test_measure_applied_sources_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: set off by a comma, a published measure or a body sources the sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Inflation rose, according to the consumer price index.", ("the consumer price index", "Inflation rose")),
        (
            "The economy grew 2 percent, according to the Commerce Department.",
            ("the Commerce Department", "The economy grew 2 percent"),
        ),
    ],
)
def test_set_off_sources_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
