"""Quotes: words a speaker puts in someone else's mouth are that person's: 'X accused Y of calling ... “Z”' (Y's
alleged words, never the accuser's), 'quoted Winston Churchill: “...”', 'cited Martin Luther King Jr.: “...”'.
A thing cited ('cited the figures: “...”') leaves the words to the speaker."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _quote_speakers(parsed, text: str) -> list[str | None]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [q.speaker_text for q in quotes]


# Probe s29 Q-P33 (HIGH): the accuser was the speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Senator Mark Warner accused Elon Musk of calling federal workers "parasites".', "Elon Musk"),
        ('Prime Minister Keir Starmer accused Nigel Farage of saying that Britain was "broken".', "Nigel Farage"),
        ('Critics accused Musk of describing the cuts as "overdue".', "Musk"),
        # the passive, as before
        ('Jones was accused by Smith of calling the plan "madness".', "Jones"),
    ],
)
def test_the_accused_said_it(parsed, text, speaker) -> None:
    assert _quote_speakers(parsed, text) == [speaker]


def test_the_accusation_stays_the_accusers(parsed) -> None:
    _, claims = quotes_and_claims_of(
        parsed, 'Prime Minister Keir Starmer accused Nigel Farage of saying that Britain was "broken".'
    )
    assert {(c.source, c.cue) for c in claims} == {("Keir Starmer", "accused"), ("Nigel Farage", "saying")}


# Probe s29 Q-P25 (HIGH): the quoter was the speaker
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            'Opening the debate, Labour MP Sarah Owen quoted Winston Churchill: "We shall never surrender."',
            "Winston Churchill",
        ),
        (
            'In his speech, President Joe Biden cited Martin Luther King Jr.: "The arc of the moral universe is long."',
            "Martin Luther King Jr.",
        ),
        # a thing cited, or a source quoted from, leaves the words to the speaker
        ('President Joe Biden cited the figures: "Unemployment is at a record low."', "Joe Biden"),
    ],
)
def test_the_person_quoted_said_it(parsed, text, speaker) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [speaker]
