"""Figures: a change counted in a noun, restated as a share right after ("The population grew by 1.3 million people,
or 0.4%"), moves the share the same way; the share stays the subject's, not the counted noun's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

RESTATED = [
    ("The population grew by 1.3 million people, or 0.4%.", 0.4, "up", "population"),
    ("Sales increased by 500 units, or 5%.", 5.0, "up", "Sales"),
]


@pytest.mark.parametrize(("text", "value", "direction", "about"), RESTATED)
def test_a_share_restating_a_counted_change_moves_with_it(parsed, text, value, direction, about):
    f = one_of(figures_of(parsed, text), value)
    assert (f.direction, f.about) == (direction, about)


# near misses: a count that is no change, or a share of something named after it, gets no direction
KEPT = [
    ("It has 300 employees, or 2% of the town.", 2.0, "town"),
    ("The company cut 2,000 jobs, or 10% of its workforce.", 10.0, "workforce"),
]


@pytest.mark.parametrize(("text", "value", "about"), KEPT)
def test_other_shares_stay(parsed, text, value, about):
    f = one_of(figures_of(parsed, text), value)
    assert (f.direction, f.about) == (None, about)
