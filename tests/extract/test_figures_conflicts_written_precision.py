"""Conflicts: a count written with a scale word is as precise as it is written (figures probe s29 F7).

"The refugee agency said 3.2 million people had fled Sudan" and "UNHCR spokesman Olga Sarrado said 3,247,000 people
had fled Sudan" clashed (3,200,000 vs 3,247,000): the display spells the 3.2 million out in full, so the rounding
rule saw no rounding. The text's own digits now set the precision (one decimal of millions: 50,000 either way)."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story

SARRADO = "UNHCR spokesman Olga Sarrado said {} people had fled Sudan."


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _values(engine: Engine, a: str, b: str) -> list[list[float]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate((a, b))]
    return [sorted(v.value for v in c.values) for c in build_story(facts).conflicts]


@pytest.mark.parametrize(
    ("a", "b"), [("3.2 million", "3,247,000"), ("3.2 million", "3,160,000"), ("1.25 million", "1,248,500")]
)
def test_a_rounded_count_agrees_with_the_exact_one(engine: Engine, a: str, b: str) -> None:
    assert _values(engine, SARRADO.format(a), SARRADO.format(b)) == []


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        ("3.2 million", "3.3 million", [3.2e6, 3.3e6]),
        ("3.2 million", "3,290,000", [3.2e6, 3.29e6]),  # outside the written precision
        ("3 million", "3,400,000", [3e6, 3.4e6]),  # a round "3 million" is no rounding of 3.4 million
        ("12,000", "12,400", [12000.0, 12400.0]),  # no scale word: as written
    ],
)
def test_values_beyond_the_written_precision_still_clash(engine: Engine, a: str, b: str, values: list[float]) -> None:
    assert _values(engine, SARRADO.format(a), SARRADO.format(b)) == [values]
