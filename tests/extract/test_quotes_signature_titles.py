"""Quotes: a '“...” — Name, title, Organisation' line is signed by the name; the title and the organisation after the
first comma say who the signer is, and are no part of the speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s28 Q-P26 (HIGH): the speaker came out 'Sundar Pichai, Alphabet CEO' (the whole tail).
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            '"This is the biggest change to our pricing in a decade." \u2014 Sundar Pichai, chief executive, Alphabet',
            "Sundar Pichai",
        ),
        (
            '"This is the biggest change to our pricing in a decade." \u2014 Sundar Pichai, Alphabet CEO',
            "Sundar Pichai",
        ),
        (
            '"We will keep working until every family has power again." \u2014 Maria Lopez, spokeswoman for the '
            "utility and its parent company",
            "Maria Lopez",
        ),
        # as before: a name alone
        ('"This is the biggest change to our pricing in a decade." \u2014 Sundar Pichai', "Sundar Pichai"),
    ],
)
def test_signature_is_the_name_before_its_title(parsed, text, speaker) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.speaker_text) for q in quotes] == [(speaker, speaker)]
