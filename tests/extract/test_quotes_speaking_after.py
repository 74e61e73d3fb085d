"""Quotes: the wire's closing line names whom a pronoun quoted just before stands for: '“...,” she said. Olympic
champion Keely Hodgkinson was speaking after withdrawing from the race.', '... he told reporters. Keir Starmer, the
prime minister, made the remarks in Tallinn.' Before, the pronoun had no speaker. A pronoun that goes on with a
speaker named just before keeps them; a person of the other gender, or a line that names no speaking, gives none."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _speakers(parsed, text: str) -> list[str | None]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [q.speaker for q in quotes]


# Probe s29 Q-P22 (MED)
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ('"We are ready," he said. Prime Minister Keir Starmer was speaking in Downing Street.', ["Keir Starmer"]),
        (
            '"We are ready," he told reporters. Keir Starmer, the prime minister, made the remarks in Tallinn.',
            ["Keir Starmer"],
        ),
        (
            '"I said no, and I meant it," she said. Olympic champion Keely Hodgkinson was speaking after withdrawing '
            "from the race.",
            ["Hodgkinson"],
        ),
        # look-alikes
        ('"We are ready," he said. The crowd was cheering loudly.', [None]),
        ('"I said no, and I meant it," she said. Keir Starmer was speaking in Downing Street.', [None]),
        (
            '"We are ready," Defence Secretary John Healey said. "We will not flinch," he added. Keir Starmer was '
            "speaking in Downing Street at the time.",
            ["John Healey", "John Healey"],
        ),
    ],
)
def test_the_line_after_names_the_speaker(parsed, text, speakers) -> None:
    assert _speakers(parsed, text) == speakers


# Review s29 rev1 R8 (HIGH): someone else speaking elsewhere, or a speaker the paragraph named
@pytest.mark.parametrize(
    "after",
    ["Meanwhile, Vice President JD Vance was speaking in Ohio.", "Vice President JD Vance was speaking in Ohio."],
)
def test_the_named_speaker_keeps_the_pronoun(parsed, after) -> None:
    text = (
        '"We will win this election," Donald Trump said at the rally. The crowd cheered. "Nobody can stop us," he '
        f"said. {after}"
    )
    assert _speakers(parsed, text) == ["Donald Trump", "Donald Trump"]
