"""Figures: a change restated in other units after "or" ("would reduce GDP by 0.25 percent or $63.1 billion") is
the same move of the same thing, whatever the parse hung the restatement on. A restatement that names its own
whole ("or 10% of its workforce") keeps it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

RESTATED = [
    ("The Tax Foundation projected in May that the tariffs imposed so far by the Trump administration would reduce "
     "GDP by 0.25 percent or $63.1 billion, while lowering wages by 0.16 percent.", 63.1e9, "GDP"),
    # near misses: the first of the two, a restatement with its own "of"
    ("The Tax Foundation projected in May that the tariffs imposed so far by the Trump administration would reduce "
     "GDP by 0.25 percent or $63.1 billion, while lowering wages by 0.16 percent.", 0.25, "GDP"),
    ("The company cut 2,000 jobs, or 10% of its workforce.", 10, "workforce"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), RESTATED)
def test_restated_move(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
