"""Quotes: "he"/"she" passes over a person whose given name leans to the other gender ("Karen", "Mei": over 90 % of
their bearers are women, short of the clear 95 %) to one who fits, and takes that person only when no one else fits
(a given name is a prior, not a fact: Karen is a man's name in Armenia)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of


# Probe s28 Q-P17 (HIGH)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "Fire Chief Daniel Ortiz said crews pulled three people from the rubble. Deputy chief Karen Lane was at "
            'the scene for eight hours. "It was the worst collapse I have seen," he said.',
            "Daniel Ortiz",
        ),
        (
            "Emergency crews pulled three people from the rubble, Fire Chief Daniel Ortiz said.\n\nOrtiz's deputy, "
            'Karen Lane, was at the scene for eight hours.\n\n"It was the worst collapse I\'ve seen," he said.',
            "Daniel Ortiz",
        ),
        (
            "Fire Chief Mary Ortiz said crews pulled three people from the rubble. Deputy chief Alex Lane was at the "
            'scene for eight hours. "It was the worst collapse I have seen," she said.',
            "Mary Ortiz",
        ),
        # no one else: the leaning name is taken
        (
            "Deputy chief Karen Lane was at the scene for eight hours. "
            '"It was the worst collapse I have seen," he said.',
            "Karen Lane",
        ),
        # the pronoun fits the leaning: as before
        (
            "Fire Chief Daniel Ortiz said crews pulled three people. Deputy chief Mei Lane was at the scene. "
            '"It was the worst collapse I have seen," she said.',
            "Mei Lane",
        ),
    ],
)
def test_pronoun_passes_a_leaning_name(parsed, text, speaker) -> None:
    assert speaker_of(parsed, text, "worst collapse") == speaker


# Probe s28 Q-P27 (HIGH): the spokeswoman's words went to the senator she speaks for.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            'A spokeswoman for Senator Joe Manchin said he would vote no. "Joe has made up his mind," she said.',
            "made up his mind",
            None,
        ),
        (
            'A spokesman for Karen Lane said she had left. "It was the worst collapse I have seen," he said.',
            "worst collapse",
            None,
        ),
        # named: the spokeswoman by name
        (
            'Maria Lopez, a spokeswoman for Senator Joe Manchin, said he would vote no. "Joe has made up his mind," '
            "she said.",
            "made up his mind",
            "Maria Lopez",
        ),
    ],
)
def test_pronoun_is_the_role_not_whom_it_speaks_for(parsed, text, words, speaker) -> None:
    assert speaker_of(parsed, text, words) == speaker
