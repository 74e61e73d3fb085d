"""Quotes: a report verb the tagger took for a noun ("Documents from his tax return show he took a loss", "show"
tagged NN) still reports the clause after it when it heads the sentence with a subject before it."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_a_verb_tagged_as_noun_reports(parsed) -> None:
    text = "Documents from his tax return show he took a massive loss."
    assert rows_of(parsed, text) == [("Documents from his tax return", "he took a massive loss")]


# Near misses: the noun "show" with no clause of its own, and a plain verb, stay as they were.
def test_nouns_stay_nouns(parsed) -> None:
    assert rows_of(parsed, "The show drew ten million viewers on Sunday.") == []
    assert rows_of(parsed, "Her latest show is a hit with critics.") == []
    assert rows_of(parsed, "Polls show the race is tied.") == [("Polls", "the race is tied")]
