"""Quotes: "he said" does not pass over a sentence whose subject is a name no actor of the story holds ("Umerov
thanked the United States", "Sanchez was unconvinced") to reach an earlier speaker: that person, whom we cannot
name, is likelier; no speaker beats a wrong one. A name the story holds, a place, a body or no name in between
leaves the pronoun to the speaker as before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _speakers(parsed, text: str) -> list[str | None]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [q.speaker for q in quotes]


# Probe s28 Q-P25, Q-P2 (HIGH)
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        (
            '"Our support will not waver," Lloyd Austin said. Umerov thanked the United States. "We need more air '
            'defence," he said.',
            ["Lloyd Austin", None],
        ),
        (
            '"Prices will fall," said Treasury Secretary Scott Bessent. Sanchez was unconvinced. "They said that last '
            'year," he said.',
            ["Scott Bessent", None],
        ),
        # a name the actors hold takes the pronoun, as before
        (
            '"Prices will fall," said Treasury Secretary Scott Bessent. Jerome Powell was unconvinced. "They said '
            'that last year," he said.',
            ["Scott Bessent", "Jerome Powell"],
        ),
        # the speaker's own surname, which the tagger may miss: the speaker goes on
        (
            '"Our support will not waver," Defense Secretary Lloyd Austin said. Austin thanked Ukraine for its '
            'courage. "We will stand with them," he said.',
            ["Lloyd Austin", "Lloyd Austin"],
        ),
        # no name in between, or a place or a body: the speaker goes on
        (
            '"Prices will fall," said Treasury Secretary Scott Bessent. Markets rose on Tuesday. "They said that last '
            'year," he said.',
            ["Scott Bessent", "Scott Bessent"],
        ),
        (
            '"We will win," coach Mike Tomlin said. Pittsburgh lost 24-10 on Sunday. "We have to be better," he said.',
            ["Mike Tomlin", "Mike Tomlin"],
        ),
        (
            '"Our support will not waver," Lloyd Austin said. Kyiv thanked the United States. "We need more air '
            'defence," he said.',
            ["Lloyd Austin", "Lloyd Austin"],
        ),
        (
            '"The plan is dead," Senator John Smith said on Monday. Congress adjourned without a vote. "We tried," he '
            "said.",
            ["John Smith", "John Smith"],
        ),
    ],
)
def test_pronoun_does_not_pass_an_unknown_name(parsed, text, speakers) -> None:
    assert _speakers(parsed, text) == speakers


def test_a_surname_the_tagger_missed_once_is_the_named_person(parsed) -> None:
    # polnear_dev breitbart_2016-09-30: "Trump" with no mention of its own, "Donald Trump" named before
    text = (
        "Donald Trump is once again questioning the integrity of the U.S. voting system.\n\n"
        "Trump tells his supporters at a Michigan rally to “go to your place and vote.”\n\n"
        "He’s claiming that voting fraud is “a big, big problem in this country.”"
    )
    assert set(_speakers(parsed, text)) == {"Donald Trump"}


# Review s29 rev1 R2 (HIGH): a thing the tagger did not name is no unknown person
def test_a_thing_in_between_keeps_the_speaker(parsed) -> None:
    text = (
        '"Our support will not waver," Treasury Secretary Janet Yellen said. Bitcoin fell 5 percent on the news. '
        '"We are watching the markets closely," she said.'
    )
    assert _speakers(parsed, text) == ["Janet Yellen", "Janet Yellen"]


def test_a_stance_makes_a_person(parsed) -> None:
    text = (
        "Coach Gregg Berhalter said the team was ready. Pochettino was more cautious. "
        '"We have a lot to improve," he said.'
    )
    assert _speakers(parsed, text) == [None]
