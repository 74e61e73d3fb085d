"""A bare count ("12,000 troops") whose sentence names before it whose the things are ("North Korean leader Kim Jong Un
has sent 12,000 troops") counts the same thing as another source's "13,000 North Korean troops" (engine probe s30
P131): the two clash, in find_conflicts and in a story built from the documents alike."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.figures import find_conflicts
from extract.story import build_story

NAMED = (
    "KYIV (AP) - Ukraine's military intelligence said on Wednesday that Kim Jong Un had sent 13,000 North Korean "
    "troops to Russia."
)


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _clashes(engine: Engine, bare: str) -> tuple[list[list[float]], list[list[float]]]:
    facts = [engine.extract_text(bare, "a.txt"), engine.extract_text(NAMED, "b.txt")]
    story = build_story(facts)
    found = find_conflicts([f for d in facts for f in d.figures])
    return (
        [sorted(v.value for v in c.values) for c in story.conflicts],
        [sorted(v.value for v in c.values) for c in found],
    )


def test_the_owner_named_in_the_subject_joins_the_named_group(engine: Engine) -> None:
    bare = (
        "SEOUL (Reuters) - North Korean leader Kim Jong Un has sent 12,000 troops to Russia, Seoul's spy agency said."
    )
    assert _clashes(engine, bare) == ([[12000.0, 13000.0]], [[12000.0, 13000.0]])


@pytest.mark.parametrize(
    "bare",
    [
        # no owner named: a bare count of the whole is no count of a named part
        "SEOUL (Reuters) - Kim Jong Un has sent 12,000 troops to Russia, Seoul's spy agency said.",
        # another owner
        "SEOUL (Reuters) - South Korean President Yoon said Kim Jong Un faced 12,000 troops at the border.",
        # the owner named, but not as the subject that sends or has them (review s30 revB-R8)
        "North Korean state media said Russia had sent 12,000 troops to the border.",
        "A North Korean defector said Ukraine had lost 12,000 troops in the fighting.",
        "Unlike North Korean leader Kim Jong Un, Putin has sent 12,000 troops.",
        "Ukraine's army said North Korean leader Kim Jong Un has sent 12,000 troops to Russia.",
        "North Korean leader Kim Jong Un met Putin as Russia sent 12,000 troops to Kursk.",  # revB-R19
        "North Korean officials believe Ukraine has lost 12,000 troops.",
        "North Korean officials believe the army has lost 12,000 troops.",  # revB-R25
        "North Korean leader Kim Jong Un and Putin watched as Ukraine lost 12,000 troops.",
        # the owner named, but a value far off counts something else
        "SEOUL (Reuters) - North Korean leader Kim Jong Un has sent 300 troops to Russia, Seoul's spy agency said.",
    ],
)
def test_no_owner_or_a_far_value_stays_apart(engine: Engine, bare: str) -> None:
    assert _clashes(engine, bare) == ([], [])
