"""Quotes: a quote standing as a sentence of its own right after '“...,” X said.' in the same paragraph goes on with
X's words; the next sentence's subject ('Joe Biden spoke next.', 'Russell Wilson agreed.') is not its speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of


# Probe s28 Q-P4 (HIGH)
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        ('"He is a fighter," Jill Biden said. "He never gives up." Joe Biden spoke next.', "never gives", "Jill Biden"),
        (
            '"He is a fighter," Jill Biden said. "He never gives up." Kamala Harris spoke at the rally later.',
            "never gives",
            "Jill Biden",
        ),
        (
            '"We will win," coach Mike Tomlin said. "Nobody believes in us." Quarterback Russell Wilson agreed.',
            "Nobody believes",
            "Mike Tomlin",
        ),
        # look-alikes that stay: the next speaker's own quote in the sentence of the cue
        (
            '"We will win," coach Mike Tomlin said. "Nobody believes in us," quarterback Russell Wilson said.',
            "Nobody believes",
            "Russell Wilson",
        ),
        (
            '"He is a fighter," Jill Biden said. "He never gives up." Joe Biden smiled.',
            "never gives",
            "Jill Biden",
        ),
        # a quote after a report with no quote of its own is not continued by this rule
        (
            'Mayor Karen Bass said the city was ready. "We have crews on every corner," Fire Chief Kristin Crowley '
            "said.",
            "crews on every corner",
            "Kristin Crowley",
        ),
    ],
)
def test_quote_goes_on_with_the_speaker_before(parsed, text, words, speaker) -> None:
    assert speaker_of(parsed, text, words) == speaker
