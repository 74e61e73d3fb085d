"""Figures: a bare share restating a count ("The company cut 4,000 jobs, or 10%", "He won 12 games, or 60%") is a
share of what the count counts. At base the share was about the clause's subject ('company') or nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHARES = [
    ("The company cut 4,000 jobs, or 10%.", ["jobs", "jobs"]),
    ("He won 12 games, or 60%, last season.", ["games", "games"]),
]


@pytest.mark.parametrize(("text", "abouts"), SHARES)
def test_a_share_restating_a_count_is_of_its_noun(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: a share of its own noun, a change restated as a share (the whole's)
KEPT = [
    ("The company cut 2,000 jobs, or 10% of its workforce.", ["jobs", "workforce"]),
    ("The population grew by 1.3 million people, or 0.4%.", ["people", "population"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_shares_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
