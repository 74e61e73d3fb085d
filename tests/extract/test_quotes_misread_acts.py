"""Quotes and claims: acts the parser hung on a noun or on a closing cue, and a relative clause's extraposed "where"."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, rows_of

_CARLINEO = (
    "During the call, he asked about the Muslim Brotherhood, called Omar a “terrorist” and said, “somebody ought to"
    " put a bullet in her skull,” the prosecutor’s office said."
)


# Audit s23 row 8: the parser made "called" a modifier of "Brotherhood", so the topic of "asked about" ran on into
# the next act, the "terrorist" quote went with "asked about", and "said" took the office's closing cue in.
def test_each_act_its_own_row(parsed) -> None:
    rows = rows_of(parsed, _CARLINEO)
    assert ("he", "the Muslim Brotherhood") in rows
    assert ("he", "Omar a “terrorist”") in rows
    assert ("he", "somebody ought to put a bullet in her skull,") in rows
    assert not [r for r in rows if r[0] == "he" and "prosecutor" in r[1]]
    quotes, _ = quotes_and_claims_of(parsed, _CARLINEO)
    assert [(q.speaker_text, q.cue) for q in quotes if q.text == "terrorist"] == [("he", "called")]


# Near misses: a participle after the comma is a reduced relative of the noun, and a closing cue alone reports all.
def test_reduced_relative_stays_in_the_topic(parsed) -> None:
    rows = rows_of(parsed, "He asked about the Muslim Brotherhood, founded in 1928, during the hearing.")
    assert [r for r in rows if r[1].startswith("the Muslim Brotherhood, founded in 1928")]


def test_closing_cue_alone_reports_the_sentence(parsed) -> None:
    rows = rows_of(parsed, "He said the plan would fail, officials said.")
    assert ("He", "the plan would fail") in rows
    assert ("officials", "He said the plan would fail") in rows


# Audit s23 row 35: "the short story he wrote where God cheats at Scrabble": what he wrote is the story; the
# "where" clause is the story's, no claim.
def test_relative_cue_with_extraposed_where_claims_nothing(parsed) -> None:
    text = "Ford's attitude toward religion was epitomized by the short story he wrote where God cheats at Scrabble."
    assert rows_of(parsed, text) == []


def test_who_explained_where_still_reports(parsed) -> None:
    rows = rows_of(parsed, "The senator, who explained where the money went, resigned.")
    assert ("The senator", "where the money went") in rows
