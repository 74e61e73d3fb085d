"""Quotes and claims: a person the pronoun's own sentence introduces before it (named for the first time, with an
office beside the name, in a clause whose subject is no person) is whom the sentence's "she said" means, not the
running speaker: "While the campaign did not appeal to Julie Graham, Washington State Department of Health public
information officer, she said ..."."""

from __future__ import annotations

import pytest

from tests.extract.helpers import first_source_of


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # 160 articles (c13b9c0e04fb), speaker audit s25 #5/#92: both rows went to Hege, the running speaker.
        (
            "“It’s difficult to change behaviors,” Michelle Hege said.\n\nWhile the “Stay Home” campaign did not"
            " appeal to Ruth Ames, the county's public information officer, she said she did not want to judge the"
            " campaign.",
            "did not want to judge",
            "Ruth Ames",
        ),
        (
            "Anna Berg said the plan was flawed. Although the proposal surprised Maria Lopez, the city's planning"
            " director, she said the city would review it.",
            "the city would review it",
            "Maria Lopez",
        ),
        (
            "Tom Hale spoke first. Although the board rejected the bid from John Park, the firm's chief executive, he"
            " said the talks would go on.",
            "the talks would go on",
            "John Park",
        ),
    ],
)
def test_a_person_introduced_in_the_sentence_speaks(parsed, text: str, words: str, expected: str) -> None:
    assert first_source_of(parsed, text, words) == expected


# Kept: a name in the speaker's own participle clause, or beside a person who is a subject, is no new speaker.
@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        (
            "Anna Berg said the plan was flawed. Asked about Maria Lopez, the city's planning director, she said the"
            " two had not met.",
            "the two had not met",
            "Anna Berg",
        ),
        (
            "Tom Hale spoke first. After Tom Hale met John Park, the firm's chief executive, he said the talks would"
            " go on.",
            "the talks would go on",
            "Tom Hale",
        ),
    ],
)
def test_the_running_speaker_stays(parsed, text: str, words: str, expected: str) -> None:
    assert first_source_of(parsed, text, words) == expected
