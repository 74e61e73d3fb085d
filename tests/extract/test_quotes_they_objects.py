"""Quotes: "they" after a clause whose subject acted on plural people ("Google fired 200 workers. They said ...") may
be those people answering as well as the subject going on: no speaker beats a wrong one. A speaker who said
something of them goes on ("Democrats criticized the senators. They said ...")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import source_of_claim as _source


@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Google fired 200 workers on Monday. They said the cuts were unfair.", "the cuts"),
        ("The FBI arrested three protesters on Monday. They said the arrests were unlawful.", "the arrests"),
    ],
)
def test_they_after_acting_on_people_is_no_one_named(parsed, text, words):
    assert _source(parsed, text, words) is None


# Near misses: a verb of saying has its speaker go on; a thing acted on is no one who answers.
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        (
            "Democrats criticized the Republican senators on Monday. They said the bill was unfair.",
            "the bill",
            "Democrats",
        ),
        ("Apple released new iPhones on Monday. They said sales would rise.", "sales", "Apple"),
    ],
)
def test_they_goes_on_with_the_subject(parsed, text, words, source):
    assert _source(parsed, text, words) == source
