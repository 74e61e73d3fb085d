"""Conflicts: two stories' disputes filed under one key are two rows, never one (review s28 figures probe F1: a quake's
toll and a march's turnout, both counts of 'people', came out as one row "1,310 / 1,650 / 15,000 / 60,000"). Within
one story every disputed value stays in the one row."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import StoryBuilder, build_story

QUAKE_A = "The earthquake killed 1,310 people, the disaster agency AFAD said. AFAD chief Okay Memis visited the site."
QUAKE_B = "AFAD said 1,650 people were killed in the earthquake. Okay Memis of AFAD said rescue work would continue."
MARCH_A = (
    "Police said 15,000 people joined the march organised by Extinction Rebellion. Extinction Rebellion spokeswoman "
    "Clare Farrell thanked marchers."
)
MARCH_B = (
    "Extinction Rebellion said 60,000 people marched through London. Clare Farrell of Extinction Rebellion said the "
    "turnout was the largest this year."
)


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _rows(story) -> list[tuple[str, list[float]]]:
    return sorted((c.about, sorted(v.value for v in c.values)) for c in story.conflicts)


def test_two_stories_disputes_under_one_key_are_two_rows(engine: Engine) -> None:
    facts = [engine.extract_text(t, f"{n}.txt") for n, t in (("q1", QUAKE_A), ("q2", QUAKE_B), ("m1", MARCH_A),
                                                                ("m2", MARCH_B))]  # fmt: skip
    assert _rows(build_story(facts)) == [("people", [1310.0, 1650.0]), ("people", [15000.0, 60000.0])]


def test_a_story_added_later_gets_its_own_row(engine: Engine) -> None:
    quake = [engine.extract_text(QUAKE_A, "q1.txt"), engine.extract_text(QUAKE_B, "q2.txt")]
    march = [engine.extract_text(MARCH_A, "m1.txt"), engine.extract_text(MARCH_B, "m2.txt")]
    builder = StoryBuilder()
    assert _rows(builder.build(quake)) == [("people", [1310.0, 1650.0])]
    assert _rows(builder.build(quake + march)) == [("people", [1310.0, 1650.0]), ("people", [15000.0, 60000.0])]
    assert _rows(builder.build(march)) == [("people", [15000.0, 60000.0])]


def test_one_story_s_disputed_values_stay_one_row(engine: Engine) -> None:
    third = "AFAD said the earthquake killed 2,100 people. Okay Memis of AFAD said the toll would rise."
    facts = [engine.extract_text(t, f"q{i}.txt") for i, t in enumerate((QUAKE_A, QUAKE_B, third))]
    assert _rows(build_story(facts)) == [("people", [1310.0, 1650.0, 2100.0])]
