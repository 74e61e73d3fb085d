"""Conflicts: a value stated less precisely is the same value ("USD 235" and "USD 234.98", "USD 1.2 bn" and "USD 1.23
bn"), no conflict (conflicts._rounded_alike); a value beyond the rounding still is ("USD 235" and "USD 233.98")."""

from __future__ import annotations

import pytest

from extract.figures import find_conflicts
from tests.extract.helpers import figures_of

SAME = [
    ("The Apple AirPods Pro cost $234.98 at Amazon.", "The Apple AirPods Pro cost $235 at Amazon."),
    ("Acme Corp's revenue was $1.23 billion last year.", "Acme Corp's revenue was $1.2 billion last year."),
]
CLASH = [
    ("The Apple AirPods Pro cost $233.98 at Amazon.", "The Apple AirPods Pro cost $235 at Amazon."),
    ("Acme Corp's revenue was $1.26 billion last year.", "Acme Corp's revenue was $1.2 billion last year."),
]


def _conflicts(parsed, a: str, b: str):
    figs = []
    for i, text in enumerate((a, b)):
        doc_figs = figures_of(parsed, text)
        figs += [f.__class__(**{**{k: getattr(f, k) for k in f.__slots__}, "document": f"{i}.txt"}) for f in doc_figs]
    return find_conflicts(figs)


@pytest.mark.parametrize(("a", "b"), SAME)
def test_a_rounded_value_is_the_same(parsed, a, b) -> None:
    assert _conflicts(parsed, a, b) == []


@pytest.mark.parametrize(("a", "b"), CLASH)
def test_a_value_beyond_the_rounding_clashes(parsed, a, b) -> None:
    assert len(_conflicts(parsed, a, b)) == 1


# review s21 r1b HIGH-10: a round value is no rounding of a value a fifth away
ROUND_CLASH = [
    (
        "Microsoft agreed to buy the startup Nuance for $2 billion, people familiar with the matter said.",
        "Microsoft agreed to buy the startup Nuance for $2.4 billion, the company said.",
    ),
    ("The poll found 5% of Americans support the plan.", "The poll found 5.4% of Americans support the plan."),
    ("The city has 3 million residents.", "The city has 3.4 million residents."),
]


@pytest.mark.parametrize(("a", "b"), ROUND_CLASH)
def test_a_round_value_is_no_rounding_of_a_far_one(parsed, a, b) -> None:
    assert len(_conflicts(parsed, a, b)) == 1
