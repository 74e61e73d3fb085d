"""Quotes: a headline quoted in single marks (British style) in a story whose body quotes with double marks."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s26 (41): "'We will not be bullied,' says Albanese as China row deepens" over a body in double marks gave the
# claim "'We will not be bullied" (a stray mark, indirect) and no quote.
@pytest.mark.parametrize(
    ("text", "quoted", "speaker_text"),
    [
        (
            "'We will not be bullied,' says Hale as trade row deepens\n\n"
            'Prime Minister Mark Hale spoke on Wednesday. "We will not be bullied," Mr Hale told ABC radio.\n',
            "We will not be bullied,",
            "Hale",
        ),
        (
            "'The economy is turning a corner,' insists Reeves\n\n"
            'Chancellor Rachel Reeves spoke in Leeds. "Growth is back," Ms Reeves said.\n',
            "The economy is turning a corner,",
            "Reeves",
        ),
    ],
)
def test_the_headline_quote(parsed, text: str, quoted: str, speaker_text: str | None) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    head = [q for q in quotes if q.start < text.index("\n")]
    assert [q.text for q in head] == [quoted]
    if speaker_text is not None:
        assert head[0].speaker_text == speaker_text
    assert not any(c.text.startswith("'") for c in claims)


# Unchanged: apostrophes in a headline, a body line with single marks, a headline that ends as a sentence.
@pytest.mark.parametrize(
    "text",
    [
        "Workers' pay talks stall as union rejects 'final' offer\n\n"
        'The union said on Monday the offer was "not good enough".\n',
        "Council approves new budget\n\nThe mayor called the plan 'bold'. \"It will pass,\" she said.\n",
    ],
)
def test_other_single_marks_unchanged(parsed, text: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert all(q.start > text.index("\n") for q in quotes)
