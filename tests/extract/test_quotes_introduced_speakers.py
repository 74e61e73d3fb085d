"""Quotes and claims: a person the sentence before a quote introduces, named for the first time with a role beside
it in a sentence no person is the subject of, is whom the quote's "he" or "she" means."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of

# polnear_dev: '... that has not been happening for Clinton, which is something that concerns Henry Crespo, president
# of the Miami-based Florida Democratic Black Caucus. “No one is writing songs for Hillary. ...,” he said.' gave the
# quotes to Bryan Anderson, the "he" of a quote two paragraphs before (the chain of "he" passed over a name that was
# only an object).
_CRESPO = (
    "Anderson largely agreed with McLenny.\n\n“A lot of her attempts come across as pandering,” he said.\n\n"
    "That has not been happening for Clinton, which is something that concerns Henry Crespo, president of the"
    " Miami-based Florida Democratic Black Caucus.\n\n“No one is writing songs for Hillary. Obama had will.i.am.,” he"
    " said."
)


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (_CRESPO, "No one is writing", "Henry Crespo"),
        (
            "Smith left the party in May. The decision surprised Tom Jones, the party chairman. “It was a shock,” he"
            " said.",
            "It was a shock",
            "Tom Jones",
        ),
        (
            "Smith left the party in May. The move angered Jane Roe, a spokeswoman for the union. “We were not"
            " told,” she said.",
            "We were not told",
            "Jane Roe",
        ),
    ],
)
def test_introduced_person_speaks(parsed, text: str, words: str, expected: str) -> None:
    assert speaker_of(parsed, text, words) == expected


# Near misses: a subject of the sentence that introduces the person may still speak.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Police Chief Tom Reed said officers responded at 3 a.m.\n\nOfficers later arrested John Doe, a"
            " 34-year-old plumber, near the scene.\n\n“We believe he acted alone,” he said.",
            "We believe",
            "Tom Reed",
        ),
        (
            "Rep. Brian Babin said the rocket was needed. He raised that point with Jim Bridenstine, the NASA"
            " administrator. “We need the rocket,” he continued.",
            "We need the rocket",
            "Brian Babin",
        ),
        (
            "Anderson agreed with McLenny.\n\nAnderson met Henry Crespo, president of the caucus.\n\n“No one is"
            " writing songs for Hillary,” he said.",
            "No one is writing",
            "Anderson",
        ),
    ],
)
def test_subject_of_the_introduction_unchanged(parsed, text: str, words: str, expected: str) -> None:
    assert speaker_of(parsed, text, words) == expected


# Near misses (review s24 round 3, F3): a person described, not introduced to speak. An age or a bare description
# beside the name ("a 45-year-old teacher", "a 19-year-old rookie") is how the news names a victim, a suspect or a
# player, whom the running speaker talks about; an office ("president of ...", "the party chairman", "a spokeswoman
# for ...") is how it names a source. These went to the dead man and the player.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Sheriff Tom Reed said the driver had been drinking. The crash killed John Smith, a 45-year-old teacher"
            " from Dayton. “This is a tragedy for the whole town,” he said.",
            "This is a tragedy",
            "Tom Reed",
        ),
        (
            "Coach Bill Jones praised his defense. The winning goal was scored by Mike Brown, a 19-year-old rookie."
            " “He has a bright future,” he said.",
            "He has a bright future",
            "Bill Jones",
        ),
        (
            "Police Chief Tom Reed said officers responded at 3 a.m.\n\nThe raid led to the arrest of John Doe, a"
            " 34-year-old plumber.\n\n“We believe he acted alone,” he said.",
            "We believe",
            "Tom Reed",
        ),
        (
            "Sheriff Tom Reed said the driver had been drinking. The crash killed John Smith, a teacher from Dayton."
            " “This is a tragedy for the whole town,” he said.",
            "This is a tragedy",
            "Tom Reed",
        ),
    ],
)
def test_described_person_does_not_take_the_quote(parsed, text: str, words: str, expected: str) -> None:
    assert speaker_of(parsed, text, words) == expected
