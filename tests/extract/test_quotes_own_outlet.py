"""Quotes and claims: the story's own outlet or writer ("This newspaper believes ...", "our editorial board thinks",
"this reporter was told") is the writer's view, no one's claim; another outlet ("the newspaper reported") and a
colleague the outlet quotes ("our correspondent says") still are."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    "text",
    [
        # probe_q 30 (s25 review, LOW 12)
        "Inflation has eaten into wages for three years. This newspaper believes the chancellor must act now.",
        "Our editorial board thinks the mayor should resign.",
        "This magazine argued last year that the merger would fail.",
        "This reporter was told that the plant would close.",
    ],
)
def test_the_writers_own_view_is_no_claim(parsed, text: str) -> None:
    assert claims_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "source_text"),
    [
        ("The newspaper reported that the mayor would resign.", "The newspaper"),
        ("Our correspondent says the city is calm.", "Our correspondent"),
        ("This company believes the rules are unfair.", "This company"),
    ],
)
def test_other_outlets_and_colleagues_still_claim(parsed, text: str, source_text: str) -> None:
    assert [c.source_text for c in claims_of(parsed, text)] == [source_text]
