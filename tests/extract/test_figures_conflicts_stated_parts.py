"""Conflicts: a part a sentence gives after its whole is keyed as a part (figures probe s29 F6).

"Education Minister Giuseppe Valditara said 15,000 teachers would be hired, with 4,000 in the south." gave the 4,000
as 'teachers', so the other file's whole (15,000 teachers) clashed with it: 4,000 vs 15,000, where both files say the
same two numbers. A part opened by 'with', 'including', 'among them' after a count of the same thing in its sentence
is now a part, as 'of which 4,000' and '40 of them' were."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _rows(engine: Engine, *texts: str) -> list[tuple[str, list[float]]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    return sorted((c.about, sorted(v.value for v in c.values)) for c in build_story(facts).conflicts)


WHOLE_OF_WHICH = (
    "The government will hire 15,000 teachers, of which 4,000 in the south, Education Minister Giuseppe Valditara said."
)


@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            WHOLE_OF_WHICH,
            "Education Minister Giuseppe Valditara said 15,000 teachers would be hired, with 4,000 in the south.",
        ),
        (
            WHOLE_OF_WHICH,
            "Education Minister Giuseppe Valditara said 15,000 teachers would be hired, including 4,000 in the south.",
        ),
        (
            "Giuseppe Valditara said 15,000 teachers would be hired, among them some 4,000 in the south.",
            "Giuseppe Valditara said the government would hire 15,000 teachers.",
        ),
    ],
)
def test_a_part_after_its_whole_does_not_clash_with_the_whole(engine: Engine, a: str, b: str) -> None:
    assert _rows(engine, a, b) == []


def test_two_parts_still_clash(engine: Engine) -> None:
    a = "Education Minister Giuseppe Valditara said 15,000 teachers would be hired, with 4,000 in the south."
    b = "Education Minister Giuseppe Valditara said 15,000 teachers would be hired, with 5,000 in the south."
    assert _rows(engine, a, b) == [("teachers", [4000.0, 5000.0])]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # a rival after 'compared with' is no part: it is another year's whole
        (
            "Giuseppe Valditara said 15,000 teachers were hired in 2024, compared with 12,000 teachers in 2023.",
            "Giuseppe Valditara said 13,500 teachers were hired in 2024.",
        ),
        # 'with' before a count of another thing
        (
            "Giuseppe Valditara said 15,000 teachers would be hired, with 4,000 in the south.",
            "Giuseppe Valditara said the government would hire 12,000 teachers.",
        ),
    ],
)
def test_wholes_still_clash(engine: Engine, a: str, b: str) -> None:
    rows = _rows(engine, a, b)
    assert rows and all(4000.0 not in values for _, values in rows)
