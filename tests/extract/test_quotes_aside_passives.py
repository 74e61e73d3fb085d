"""Quotes and claims: who speaks beside a reduced-passive aside or a passive with an agent."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, rows_of


# "Senator Warren, expected to run, told voters ..." (known left from s22): the parser made the aside the cue's clause
# and the name its subject, so the cue had no speaker and the sentence was reported whole; now the name speaks and
# the aside is no part of what was told.
def test_aside_parsed_as_the_cues_clause(parsed) -> None:
    rows = rows_of(
        parsed, "Senator Elizabeth Warren, expected to run for president, told voters that the system is rigged."
    )
    assert rows == [("Senator Elizabeth Warren", "that the system is rigged")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Residents, told to leave, said they would stay.", ("Residents", "they would stay")),
        ("The governor, asked to comment, said the plan would pass.", ("The governor", "the plan would pass")),
        ("Smith, known to be cautious, warned that the plan would fail.", ("Smith", "that the plan would fail")),
    ],
)
def test_other_asides_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [expected]


# "was led away by guards while shouting" (known left from s22): the person the passive happens to does the
# shouting, not the agent; a thing says nothing, so after "The tariffs were announced by the ministry, saying ..."
# the ministry still speaks.
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        (
            "The 20-year-old student was led away by well-armed guards while shouting, “I am innocent.”",
            "The 20-year-old student",
        ),
        ("The protester was arrested by police after shouting “Free Hong Kong!”", "The protester"),
    ],
)
def test_passive_patient_shouts(parsed, text: str, speaker: str) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert [q.speaker_text for q in quotes] == [speaker]
    assert [c.source_text for c in claims] == [speaker]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The tariffs were announced by the ministry, saying they would protect jobs.",
            ("the ministry", "they would protect jobs"),
        ),
        ("After saying the plan would fail, she was booed by the crowd.", ("she", "the plan would fail")),
    ],
)
def test_passive_agent_speaks_for_things(parsed, text: str, row: tuple[str, str]) -> None:
    assert row in rows_of(parsed, text)


# Near miss: a text handed over speaks for its maker ("Residents were sent letters by the city saying ...").
def test_text_sent_speaks_for_its_maker(parsed) -> None:
    rows = rows_of(parsed, "Residents were sent letters by the city saying their homes would be demolished.")
    assert ("the city", "their homes would be demolished") in rows
