"""Conflicts the figures probe s28 found rightly NOT raised, kept: two regions' homes, two defendants' terms, two
matches' crowds, a state's floods and its election, a quarter's revenue and a year's. Each pair is two documents of
one story (they share a speaker or a company)."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story

PAIRS = [
    (
        (
            "The floods destroyed 1,200 homes in Valencia, regional president Carlos Mazon said. Mazon said 220 "
            "people died."
        ),
        ("Carlos Mazon said 300 homes were destroyed in Malaga and 220 people died in the region."),
    ),
    (
        (
            "Prosecutor Elena Ruiz said Tomas Berg was sentenced to 9 years in prison for the robbery. Ruiz said "
            "Berg had planned it."
        ),
        ("Elena Ruiz said Berg's accomplice, Anna Lind, was sentenced to 4 years in prison."),
    ),
    (
        ("Manchester City beat Brentford 3-1 in front of 53,400 fans, Pep Guardiola said afterwards."),
        ("Manchester City drew 1-1 with Chelsea in front of 55,200 fans, Pep Guardiola said."),
    ),
    (
        (
            "Floods in Kerala have killed 87 people, Chief Minister Pinarayi Vijayan said. Vijayan said 220,000 "
            "people were in relief camps."
        ),
        (
            "Voters in Kerala elected 140 legislators on Thursday. The Election Commission said 2.7 crore people "
            "were eligible and 74% voted. Congress leader Rahul Gandhi campaigned in Wayanad."
        ),
    ),
    (
        (
            "Lufthansa said quarterly revenue fell 11% to 3.1 billion euros. Lufthansa chief executive Carsten "
            "Spohr said the group would cut 2,300 jobs."
        ),
        (
            "Lufthansa posted annual revenue of 35.4 billion euros, chief executive Carsten Spohr said. Lufthansa"
            " employs about 100,000 people and plans to hire 13,000 this year."
        ),
    ),
]


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


@pytest.mark.parametrize(("a", "b"), PAIRS)
def test_two_things_of_one_story_raise_no_conflict(engine: Engine, a: str, b: str) -> None:
    story = build_story([engine.extract_text(a, "a.txt"), engine.extract_text(b, "b.txt")])
    assert story.conflicts == ()
