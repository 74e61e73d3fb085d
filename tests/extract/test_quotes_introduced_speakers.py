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
