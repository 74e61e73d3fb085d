"""Quotes: a participle right after the closing dash of a dashed aside goes with the clause the aside interrupts, not
with a verb inside the aside the parser hung it on ("looping the streets around the stadium - where the Panthers
played the Vikings - while chanting, “...”": the protesters chant, not the Panthers)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of

CHARLOTTE = (
    "Small groups of protesters continued to call for more information about the fatal shooting of Keith Lamont "
    "Scott, looping the streets around Bank of America Stadium - where the National Football League's Charlotte "
    'Panthers played the Minnesota Vikings - while chanting, "Hands up, don\'t shoot."'
)


def test_chant_after_aside_is_the_protesters(parsed):
    quotes, _ = quotes_and_claims_of(parsed, CHARLOTTE)
    assert [(q.speaker_text, q.text) for q in quotes] == [("Small groups of protesters", "Hands up, don't shoot.")]


@pytest.mark.parametrize(
    ("text", "who"),
    [
        (
            'Protesters marched past the stadium - where fans had gathered - while chanting, "No justice, no peace."',
            "Protesters",
        ),
        ('The fans - who had waited for hours - cheered, chanting "Go team."', "The fans"),
    ],
)
def test_near_misses(parsed, text, who):
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker_text for q in quotes] == [who]
