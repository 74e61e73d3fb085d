"""Quotes: "X said on DAY <clause>" with no "that": the parser reads the day and the clause's subject as one noun
phrase ("on Friday profit"), so the claim lost its subject ('rose 10%'). The words after the day open the claim."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s30 P23, P116, P177 (HIGH)
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Siemens said on Friday profit rose 10%.", "profit rose 10%"),
        ("The ministry said on Monday exports fell 5%.", "exports fell 5%"),
        ("Toyota said on Wednesday sales in China dropped by a third.", "sales in China dropped by a third"),
        ("Pfizer said on Tuesday sales of Paxlovid fell 50%.", "sales of Paxlovid fell 50%"),
        ("FRANKFURT, May 2 (Reuters) - Deutsche Bank said on Friday profit rose 10%.", "profit rose 10%"),
    ],
)
def test_the_subject_after_the_day_opens_the_claim(parsed, text: str, claim: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The ministry said on Monday it would raise rates.", "it would raise rates"),
        ("The company said on Monday that profit rose.", "that profit rose"),
    ],
)
def test_a_clause_with_its_own_subject_is_as_before(parsed, text: str, claim: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [claim]
