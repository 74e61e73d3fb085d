"""Conflicts: 'almost' and 'nearly' put a value under the number written (figures probe s29 m1).

"Almost 2,000 homes were destroyed in Valencia, regional president Carlos Mazón said." / "Carlos Mazón said 2,100
homes were destroyed in Valencia." raised nothing: 'almost' reads 'approximately', and within a tenth any value
agreed. A larger value now contradicts it; a smaller one near it still agrees ("Nearly 2,000" / "1,950")."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story

A = "{} homes were destroyed in Valencia, regional president Carlos Mazón said."
B = "Carlos Mazón said {} homes were destroyed in Valencia."


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _values(engine: Engine, a: str, b: str) -> list[list[float]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate((A.format(a), B.format(b)))]
    return [sorted(v.value for v in c.values) for c in build_story(facts).conflicts]


@pytest.mark.parametrize(("a", "b"), [("Almost 2,000", "2,100"), ("Nearly 2,000", "2,050")])
def test_a_value_over_almost_n_clashes(engine: Engine, a: str, b: str) -> None:
    assert _values(engine, a, b) == [[2000.0, float(b.replace(",", ""))]]


@pytest.mark.parametrize(
    ("a", "b"),
    [("Nearly 2,000", "1,950"), ("Almost 2,000", "1,900"), ("About 2,000", "2,100"), ("Some 2,000", "2,100")],
)
def test_near_values_still_agree(engine: Engine, a: str, b: str) -> None:
    assert _values(engine, a, b) == []
