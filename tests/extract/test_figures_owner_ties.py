"""Conflicts: what is counted may name whose things they are ("North Korean soldiers"), so two documents that share no
subject may still report one count of them, however far apart (each side's toll of the dead); but a nation's troops
or students are counted in many places, so two such counts whose sentences put them in different places ("2,000
U.S. troops remain in Syria", "28,500 U.S. troops are stationed in South Korea") are two counts, not one in dispute
(review s19 r2 HIGH-1, of 4e01c7a, which told them apart by size)."""

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


APART = [
    (
        "Mark Esper said about 2,000 U.S. troops remain in Syria. Mark Esper spoke in Brussels.",
        "Moon Jae-in said 28,500 U.S. troops are stationed in South Korea. Moon Jae-in met officials.",
    ),
    ("Mark Esper said 900 U.S. troops remain in Syria.", "Lloyd Austin said 1,000 U.S. troops remain in Iraq."),
    (
        "Harvard University said 370,000 Chinese students study in America. Harvard University spoke.",
        "Oxford University said 120,000 Chinese students study in Britain. Oxford University spoke.",
    ),
]


@pytest.mark.parametrize(("a", "b"), APART)
def test_a_nations_counts_in_different_places_are_no_conflict(engine: Engine, a: str, b: str) -> None:
    assert _conflicts(engine, a, b) == []


# Near misses: two sources' counts of one group clash across unrelated documents, near or far apart.
CLASH = [
    (
        "Lloyd Austin said that 13,000 North Korean soldiers were in Russia.",
        "According to Volodymyr Zelensky, 12,000 North Korean soldiers have arrived.",
        [12000.0, 13000.0],
    ),
    (
        "Ukraine's military said 100,000 Russian soldiers have been killed in the war with Russia.",
        "Russia's defence ministry said 6,000 Russian soldiers have been killed in Ukraine.",
        [6000.0, 100000.0],
    ),
    (
        "Kyiv said 11,000 North Korean soldiers were deployed.",
        "Seoul's spy agency said 3,000 North Korean soldiers were deployed.",
        [3000.0, 11000.0],
    ),
    # review s19 r2 MED-7: where a source spoke is not where the things counted are
    (
        "Speaking in Brussels, Lloyd Austin said 13,000 North Korean soldiers were fighting for Russia.",
        "Volodymyr Zelensky said in Kyiv that 12,000 North Korean soldiers have arrived.",
        [12000.0, 13000.0],
    ),
    (
        "About 2,000 U.S. troops remain in Syria, Mark Esper said in Brussels.",
        "Some 3,000 U.S. troops remain in Syria, Lloyd Austin told reporters in Washington.",
        [2000.0, 3000.0],
    ),
]


@pytest.mark.parametrize(("a", "b", "values"), CLASH)
def test_counts_of_what_names_its_owner_still_clash(engine: Engine, a: str, b: str, values) -> None:
    assert _conflicts(engine, a, b) == [values]
