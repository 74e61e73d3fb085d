"""Quotes and claims: a participle beside a passive with an agent. A subordinator or a preposition opening it tells
what the patient did ("led away by guards while shouting"); a bare one set off by a comma goes with the agent."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24, finding 1: c90c406 sent any participle after such a passive to the patient, so 'The mayor was criticized
# by the union, saying the plan would cost hundreds of jobs' gave the mayor the union's words.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The mayor was criticized by the union, saying the plan would cost hundreds of jobs.",
            ("the union", "the plan would cost hundreds of jobs"),
        ),
        (
            "The governor was attacked by the unions, saying his plan would cut pensions.",
            ("the unions", "his plan would cut pensions"),
        ),
    ],
)
def test_bare_participle_goes_with_the_agent(parsed, text: str, expected: tuple[str, str]) -> None:
    rows = rows_of(parsed, text)
    assert expected in rows
    assert all(source not in ("The mayor", "The governor") or cue_text != expected[1] for source, cue_text in rows)


def test_no_patient_for_a_bare_participle(parsed) -> None:
    rows = rows_of(parsed, "The senator was praised by the president, calling her a fighter.")
    assert all(source != "The senator" for source, _ in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ('The student was led away by guards while shouting, "Free Tibet!"', ("The student", "Free Tibet!")),
        (
            "The protester was arrested by police after shouting that the election was stolen.",
            ("The protester", "that the election was stolen"),
        ),
        (
            "The tariffs were announced by the ministry, saying they would protect jobs.",
            ("the ministry", "they would protect jobs"),
        ),
    ],
)
def test_opened_participles_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Review s24 round 2, finding 7: after eaba672 'The minister was interviewed by the BBC, saying the war was over' gave
# the BBC the minister's answer: whom one interviews or asks answers.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The minister was interviewed by the BBC, saying the war was over.",
            ("The minister", "the war was over"),
        ),
        (
            "The senator was asked by reporters, saying she would run again.",
            ("The senator", "she would run again"),
        ),
    ],
)
def test_the_one_asked_answers(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
