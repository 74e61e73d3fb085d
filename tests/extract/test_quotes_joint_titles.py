"""Quotes: two titled people joined by "and" both speak, also when the second one's title opens with a place the
parser hangs on the first name as its conjunct ("Prime Minister Anthony Albanese and New Zealand Prime Minister
Christopher Luxon said"): before, only the second one spoke."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _sources(parsed, text: str) -> list[tuple[str, ...]]:
    quotes, claims = quotes_and_claims_of(parsed, text)
    return [q.speakers for q in quotes] + [c.sources for c in claims]


# Probe s29 Q-P3 (MED; brief: joint speakers keep every speaker)
@pytest.mark.parametrize(
    ("text", "sources"),
    [
        (
            "Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon said the two countries "
            "would deepen defence ties.",
            [("Anthony Albanese", "Christopher Luxon")],
        ),
        (
            '"We are partners," Prime Minister Anthony Albanese and New Zealand Prime Minister Christopher Luxon said.',
            [("Anthony Albanese", "Christopher Luxon")] * 2,
        ),
        # as before
        (
            "Australian Prime Minister Anthony Albanese and French President Emmanuel Macron said the deal was fair.",
            [("Anthony Albanese", "Emmanuel Macron")],
        ),
        (
            "Dutch Prime Minister Mark Rutte and European Commission President Ursula von der Leyen said the deal "
            "was fair.",
            [("Mark Rutte", "Ursula von der Leyen")],
        ),
    ],
)
def test_both_titled_people_speak(parsed, text, sources) -> None:
    assert _sources(parsed, text) == sources


def test_places_joined_are_no_speakers(parsed) -> None:
    assert _sources(parsed, "The leaders of Australia and New Zealand said the talks went well.") == [()]
