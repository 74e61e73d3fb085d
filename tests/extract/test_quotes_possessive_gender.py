"""Quotes: a possessive pronoun that takes up the only person of its sentence, named as the owner of a thing, in a
sentence whose subject is a pronoun of the other gender ("Sam Lee's work ... his death, how would she feel"), tells
that person's gender, so a later "she" does not go to him."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of

TEXT = (
    "When the deal was struck, I thought of Jo Baker. Lacking the rights to {owner} Lee's {owned}, still smarting "
    "from his death, how would she feel about all of this?\n\n“It is such good news,” she replied in an email."
)


def test_owner_taken_up_by_his(parsed) -> None:
    assert speaker_of(parsed, TEXT.format(owner="Sam", owned="work"), "such good news") == "Jo Baker"


# Near miss: the owned is a person ("Jean Lee's husband"), whom "his" may mean: no gender for Jean Lee, the pronoun
# resolves as before. (A given name that leans to men, "Sam", now ranks him behind Jo Baker by itself: see
# test_quotes_leaning_names; "Jean" leans to neither.)
def test_owned_person_casts_nothing(parsed) -> None:
    assert speaker_of(parsed, TEXT.format(owner="Jean", owned="husband"), "such good news") != "Jo Baker"


# Near misses (review s16 HIGH-r2-1): a possessive that may take up a person of an earlier sentence casts nothing
# for the owner named in its own sentence, so the next "he"/"she" keeps its speaker.
@pytest.mark.parametrize(
    ("text", "words", "speaker"),
    [
        (
            "Elizabeth Warren grilled the bank's chief executive on Tuesday. John Stumpf's testimony only deepened "
            "her anger. “I take full responsibility,” he said.",
            "full responsibility",
            "John Stumpf",
        ),
        (
            "Police arrested Mark Davis on Friday. Officers found Maria Lopez's phone in his truck. “I never gave it "
            "to him,” she said.",
            "never gave it",
            "Maria Lopez",
        ),
        # the subject pronoun is of the other gender, but two people were named just before (review s16 HIGH-r2-3)
        (
            "Prosecutor Jane Smith questioned Officer Tom Ruiz on Tuesday. She asked whether Lisa Park's video "
            "contradicted his account. Park testified on Monday. “I filmed everything,” she said.",
            "filmed everything",
            "Lisa Park",
        ),
    ],
)
def test_possessive_of_an_earlier_person(parsed, text: str, words: str, speaker: str) -> None:
    assert speaker_of(parsed, text, words) == speaker
