"""Conflicts: what is counted may name whose things they are ("North Korean soldiers"), so two documents that share no
subject may still report one count of them; but a nation's troops or students are counted in many places, so such a
tie holds only for counts near each other (within half again): "2,000 U.S. troops" in Syria and "28,500 U.S. troops"
in South Korea are two counts, not one in dispute."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _conflicts(engine: Engine, a: str, b: str) -> list[list[float]]:
    story = build_story([engine.extract_text(a, "a.txt"), engine.extract_text(b, "b.txt")])
    return [sorted(v.value for v in c.values) for c in story.conflicts]


def test_a_nations_counts_far_apart_in_unrelated_stories_are_no_conflict(engine: Engine) -> None:
    a = "Mark Esper said about 2,000 U.S. troops remain in Syria. Mark Esper spoke in Brussels."
    b = "Moon Jae-in said 28,500 U.S. troops are stationed in South Korea. Moon Jae-in met officials."
    assert _conflicts(engine, a, b) == []
    a = "Harvard University said 370,000 Chinese students study in America. Harvard University spoke."
    b = "Oxford University said 120,000 Chinese students study in Britain. Oxford University spoke."
    assert _conflicts(engine, a, b) == []


# Near misses: counts near each other still clash across unrelated documents; related ones clash however far.
def test_near_counts_of_what_names_its_owner_still_clash(engine: Engine) -> None:
    a = "Lloyd Austin said that 13,000 North Korean soldiers were in Russia."
    b = "According to Volodymyr Zelensky, 12,000 North Korean soldiers have arrived."
    assert _conflicts(engine, a, b) == [[12000.0, 13000.0]]
    a = "Mark Esper said about 2,000 U.S. troops remain in Syria. Mark Esper spoke in Brussels."
    b = "Mark Esper said 28,500 U.S. troops remain in Syria, officials said."
    assert _conflicts(engine, a, b) == [[2000.0, 28500.0]]
