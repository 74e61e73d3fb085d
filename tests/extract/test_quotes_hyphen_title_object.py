"""Quotes: after a quote, 'cautioned co-author Priya Nair' is spoken by Priya Nair, though the parser made "co" the
verb's subject and the name its object."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s28 Q-P13 (MED): the speaker text came out 'co'.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('"These are early results," cautioned co-author Priya Nair.', "Priya Nair"),
        # as before
        ('"These are early results," said co-author Priya Nair.', "Priya Nair"),
        ('"These are early results," cautioned Priya Nair.', "Priya Nair"),
    ],
)
def test_hyphen_title_before_an_object_name(parsed, text, speaker) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [speaker]
    assert quotes[0].speaker_text.endswith("Priya Nair")
