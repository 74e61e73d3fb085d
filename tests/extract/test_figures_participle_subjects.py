"""Figures: a change in a participle after a preposition ("after falling 0.3%", "before rising 2%") moves the
subject of the verb the preposition hangs on: "Retail sales increased 0.3% in October after falling 0.3% in
September" (both retail sales). At base the second change had no about."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PARTICIPLES = [
    ("Retail sales increased 0.3% in October after falling 0.3% in September.", ["Retail sales", "Retail sales"]),
    ("The index closed higher after dropping 2% earlier in the day.", ["index"]),
    ("Oil prices recovered on Friday after tumbling 4 percent on Thursday.", ["Oil prices"]),
]


@pytest.mark.parametrize(("text", "abouts"), PARTICIPLES)
def test_a_participle_change_moves_the_verbs_subject(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: the participle's own object, a pronoun subject, a count that names its noun
KEPT = [
    ("The company cut jobs after reporting a $2 billion loss.", ["loss"]),
    ("He rose to fame after winning 3 titles.", ["titles"]),
    ("They left after paying $50.", [None]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_participles_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
