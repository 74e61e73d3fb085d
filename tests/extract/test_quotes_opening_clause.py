"""Quotes: a "he"/"she" subject after an adverbial clause opening its sentence goes on with the subject the text went
on about, not with the one person named in that clause, who is most often its object or topic ("When asked about
Nancy Pelosi, she said ..."). 8aa4552 gave the pronoun to that person; review s21 r2a HIGH-5 showed the common
press-conference frames it broke, so the rule was taken back and these rows keep their speakers."""

from __future__ import annotations

import pytest

from tests.extract.helpers import source_of_claim as _source


@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Rep. Alexandria Ocasio-Cortez spoke to reporters on Tuesday. When asked about Nancy Pelosi, she said the "
            "speaker had done her best.",
            "the speaker had done",
            "Alexandria Ocasio-Cortez",
        ),
        (
            "Senator Elizabeth Warren toured the plant. When asked about Kamala Harris, she said she would "
            "support her.",
            "would support",
            "Elizabeth Warren",
        ),
        (
            "Judge Mary Jones presided over the trial. After the jury convicted Smith on Friday, she said the sentence "
            "would be set in May.",
            "the sentence",
            "Mary Jones",
        ),
        (
            "Prosecutor Anna Lee argued the case. When the verdict against Brown was read, she said justice had "
            "been done.",
            "justice",
            "Anna Lee",
        ),
        (
            "Coach Dawn Staley watched from the bench. While the crowd cheered for Caitlin Clark, she said her players "
            "stayed calm.",
            "her players",
            "Dawn Staley",
        ),
        ("When Ghani announced it, he said the talks would resume.", "the talks", "Ghani"),
        (
            "John Smith spoke first. After police arrested Tom Brown and Bill Green, he said the arrests were "
            "unlawful.",
            "the arrests",
            "John Smith",
        ),
        (
            "Michelle Hege spoke first. While the plan did not appeal to Tom Reed, she said she liked it.",
            "liked",
            "Michelle Hege",
        ),
    ],
)
def test_the_subject_goes_on(parsed, text, words, source):
    assert _source(parsed, text, words) == source
