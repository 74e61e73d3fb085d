"""Quotes: what a cue reports starts at the clause, not at the time of the report ("Senate leaders said on Monday the
bill would pass", review s19 r2c MED-19) nor at whom it was told ("The mayor told reporters the city would recover",
r2c MED-16): PolNeAR's content starts at the clause or its "that"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senate leaders said on Monday the bill would pass.", "the bill would pass"),
        ("The mayor said Tuesday the city would recover.", "the city would recover"),
        ("The company said on Tuesday it would cut 500 jobs.", "it would cut 500 jobs"),
        ("The mayor told reporters the city would recover.", "the city would recover"),
        ("The minister told parliament the tax would rise.", "the tax would rise"),
    ],
)
def test_the_clause_is_what_was_said(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [content]


# Near misses: a "that" after the time, a directive's addressee, a time inside a longer clause.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Senate leaders said on Monday that the bill would pass.", "that the bill would pass"),
        ("The police told the man to remove the bedding.", "the man to remove the bedding"),
        # review s19 r3e LOW-7: a year goes with the report; a time inside the subject stays
        ("She said in 2008 she had voted for Obama.", "in 2008 she had voted for Obama"),
        ("The mayor said Monday's results showed growth.", "Monday's results showed growth"),
        ("The utility warned residents they could lose power.", "they could lose power"),
        (
            "His doctor thought that the man had an infection but, contrary to the song, things didn't get better.",
            "that the man had an infection but, contrary to the song, things didn't get better",
        ),
    ],
)
def test_other_clauses_stay(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [content]


# Session 21 (left from s20): a clock time of four digits with its zone is the report's time, not a year of the clause.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Officials said at 0900 local time the border would reopen.", "the border would reopen"),
        ("Officials said at 1500 local time the border would reopen.", "the border would reopen"),
        ("The army said at 1800 hours the ceasefire would hold.", "the ceasefire would hold"),
        ("Police said on Tuesday at 2230 GMT the suspect had been arrested.", "the suspect had been arrested"),
    ],
)
def test_a_clock_time_goes_with_the_report(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [content]


# Near misses: a year stays with the clause; a four-digit number that counts something ("2500 troops") is no clock.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("She said in 2008 she had voted for Obama.", "in 2008 she had voted for Obama"),
        ("Officials said 2500 troops would stay.", "2500 troops would stay"),
    ],
)
def test_a_year_is_no_clock_time(parsed, text: str, content: str) -> None:
    assert [c for _, c in rows_of(parsed, text)] == [content]


# review s21 r3a LOW-6: a date the parser hung on the cue may stand before the clock time.
def test_a_date_on_the_cue_before_a_clock_time(parsed) -> None:
    text = "The army said on Monday at 0600 hours the offensive had begun."
    assert [c for _, c in rows_of(parsed, text)] == ["the offensive had begun"]
