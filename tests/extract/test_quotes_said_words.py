"""Quotes and claims: "added the words, “...”" reports the words after the cue."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, rows_of

_LABELLE = (
    "Ms. LaBelle got a huge roar from the crowd when, at the end of her emotional rendition of the civil rights anthem"
    " ''A Change Is Gonna Come,'' she added the words, ''Hillary Clinton.''"
)


# polnear_dev: the parser hung the sentence before the cue on "added", which gave LaBelle the writer's sentence as
# her claim and left her words without a row.
def test_words_added_are_the_claim(parsed) -> None:
    rows = rows_of(parsed, _LABELLE)
    assert rows == [("she", "the words, ''Hillary Clinton.''")]
    quotes, _ = quotes_and_claims_of(parsed, _LABELLE)
    assert [(q.text, q.speaker_text) for q in quotes] == [("Hillary Clinton.", "she")]


# Near misses: whom one tells is no "words" noun, and "the words" as a subject of what was said stays in it.
def test_other_objects_unchanged(parsed) -> None:
    assert rows_of(parsed, "The plan is dead, the mayor told reporters.") == [("the mayor", "The plan is dead")]
    assert rows_of(parsed, "He said the words were hurtful.") == [("He", "the words were hurtful")]
