"""Figures: a span "of" a gerund with its object or complement measures that activity ("Forty-five years of
practicing law": practicing law, not "law"; "three months of feeling very tired": feeling tired)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ACTIVITIES = [
    ("Forty-five years of practicing law has convinced me.", "practicing law"),
    ("After 20 years of covering politics, she retired.", "covering politics"),
    ("He saw his doctor after three months of feeling very tired and breathless.", "feeling tired"),
]


@pytest.mark.parametrize(("text", "about"), ACTIVITIES)
def test_a_span_of_a_gerund_measures_the_activity(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text) if f.kind == "duration"] == [about]


# near misses: a bare gerund and a noun after "of" stay as they were
KEPT = [
    ("It took two hours of driving.", "driving"),
    ("He has 30 years of experience running hospitals.", "experience running hospitals"),
]


@pytest.mark.parametrize(("text", "about"), KEPT)
def test_other_spans_stay(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text) if f.kind == "duration"] == [about]
