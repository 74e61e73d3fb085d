"""Figures: an amount joined by "and" to a count ("annual sales of $50 billion and 100,000 employees") is not of
the count's noun, which the parse hangs it on: it measures what the "of" before it hangs on (annual sales). At
base the amount was about 'employees'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

JOINED = [
    ("The company has annual sales of $50 billion and 100,000 employees.", ["annual sales", "employees"]),
    ("It had revenue of $2 billion and 5,000 workers.", ["revenue", "workers"]),
    ("The firm has $3 billion and 2,000 stores.", [None, "stores"]),
]


@pytest.mark.parametrize(("text", "abouts"), JOINED)
def test_an_amount_joined_to_a_count_is_not_its_nouns(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: the count first, two amounts of one currency, measures sharing a noun
KEPT = [
    ("It employs 5,000 workers and $2 billion in revenue.", ["workers", "revenue"]),
    ("The 5 kg and 10 kg bags sell well.", ["bags", "bags"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_joined_figures_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
