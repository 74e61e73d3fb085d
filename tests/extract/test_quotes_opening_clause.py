"""Quotes: a "he"/"she" subject after an adverbial clause opening its sentence takes up the one person named in that
clause when the clause's own subject is no one ("When the award went to Anna Smith on Monday, she said ..."), not
a subject of an earlier sentence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


def _source(parsed, text: str, words: str) -> str | None:
    found = {k: v for k, v in sources_of(parsed, text).items() if words in k}
    assert len(found) == 1, sources_of(parsed, text)
    return next(iter(found.values()))


def test_the_one_person_of_the_opening_clause(parsed):
    text = (
        "Mary Jones won the prize last year. When the award went to Anna Smith on Monday, she said she was surprised."
    )
    assert _source(parsed, text, "surprised") == "Anna Smith"


# Near misses: a person as the clause's subject, two people in it, a person of the other gender.
@pytest.mark.parametrize(
    ("text", "words", "source"),
    [
        ("When Ghani announced it, he said the talks would resume.", "the talks", "Ghani"),
        (
            "John Smith spoke first. After police arrested Tom Brown and Bill Green, he said the arrests were unlawful.",
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
def test_the_subject_rules_stay(parsed, text, words, source):
    assert _source(parsed, text, words) == source
