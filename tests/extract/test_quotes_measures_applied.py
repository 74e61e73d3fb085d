"""Quotes and claims: "according to" a measure sources nothing when the measure judges a thing (someone's own measure,
a judging verb, "be" with a state), and sources what the measure reports otherwise, with or without a comma."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Trump weighs 236 pounds, which classifies him as overweight according to his body mass index.",
        "He is poor according to the official definition.",
        "The economy is in recession according to the standard definition used by economists.",
    ],
)
def test_measure_applied_sources_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Review s24, finding 10: 748b7f2 judged by the comma alone, so 'Inflation rose 5% last year according to the consumer
# price index' lost its row while 'Inflation rose, according to ...' kept it.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Inflation rose 5% last year according to the consumer price index.",
            ("the consumer price index", "Inflation rose 5% last year"),
        ),
        ("Inflation rose, according to the consumer price index.", ("the consumer price index", "Inflation rose")),
        (
            "Norway ranks first in the world according to the Human Development Index published by the UN.",
            ("the Human Development Index", "Norway ranks first in the world"),
        ),
    ],
)
def test_measure_that_reports_sources(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Review s24 round 2, finding 9: a superlative or an ordinal is a ranking the measure reports, as a number is.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The country is the poorest in Europe according to the World Bank index.",
            ("the World Bank index", "The country is the poorest in Europe"),
        ),
        ("Norway is first according to the index.", ("the index", "Norway is first")),
    ],
)
def test_ranking_by_a_measure_sources(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
