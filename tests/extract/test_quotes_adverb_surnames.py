"""Quotes: a surname the parser reads as an adverb ("Early says ...") is the subject of its "says"; a capitalised
adverb the story names nobody by is no speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, speaker_of

_EARLY = (
    '"Google offers an extension of the market," says Chris Early, senior vice president at Ubisoft. The bandwidth'
    ' is less of an issue in big cities, but {early} still says Ubisoft are "believers" in game streaming.\n\n'
    "While the lineup is light on exclusive titles, {early} says there is a possibility that future Ubisoft games"
    " could be built and launched for the platform. \u201cOur objective is to make the best game and get it in"
    " front of as many people as possible,\u201d he says."
)


@pytest.mark.parametrize(
    "early",
    [
        # A surname that is also an adverb: the parser makes "Early" a modifier of "says", which has no subject;
        # the name is the subject all the same: not the subject of the clause "says" is joined to ("The
        # bandwidth"), and "he" is Early, not "Ubisoft" after it.
        "Early",
        # The parser reads even the full name before "still says" as a modifier.
        "Chris Early",
    ],
)
def test_adverb_surname_is_the_subject(parsed, early: str) -> None:
    text = _EARLY.format(early=early)
    assert speaker_of(parsed, text, "believers") == "Chris Early"
    assert speaker_of(parsed, text, "Our objective") == "Chris Early"
    _, claims = quotes_and_claims_of(parsed, text)
    # What the cue reports is after it, not the "While ..." clause before the name.
    assert any(c.text.startswith("there is a possibility") and c.source == "Chris Early" for c in claims)


def test_capitalised_adverb_of_no_name_is_nobody(parsed) -> None:
    # Near miss: a capitalised adverb the story names nobody by is no speaker.
    quotes, claims = quotes_and_claims_of(
        parsed,
        "Chris Early of Ubisoft spoke in London. Earlier said the new rules"
        " \u201care a step forward for everyone in the industry.\u201d",
    )
    assert all(q.speaker_text != "Earlier" for q in quotes)
    assert all(c.source_text != "Earlier" for c in claims)
