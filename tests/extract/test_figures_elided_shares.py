"""Figures: a bare share that is the subject of a clause joined to a share "of X" is a share of X too ("About 45% of
respondents said yes, while 30% said no", "52% of voters back the measure, with 41% opposed"). At base the second
share had no about or the main clause's subject ('Polls')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ELIDED = [
    ("About 45% of respondents said yes, while 30% said no.", ["respondents", "respondents"]),
    ("Polls show 52% of voters back the measure, with 41% opposed.", ["voters", "voters"]),
]


@pytest.mark.parametrize(("text", "abouts"), ELIDED)
def test_a_bare_share_in_a_joined_clause_is_of_the_same_whole(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts


# near misses: a share of its own, changes of two subjects, a share before a noun
KEPT = [
    ("60% of voters back the plan, while 30% of businesses oppose it.", ["voters", "businesses"]),
    ("Sales rose 5%, while costs fell 3%.", ["Sales", "costs"]),
    ("About 45% of respondents said yes, and 30% growth is expected.", ["respondents", "growth"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_shares_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
