"""Figures: "from X now to Y" gives two levels of one thing, as "from X to Y" does: a word of time after the first
level ("now", "currently", "today") does not let the second go to another noun ("help manufacturers increase solar
module efficiency from around 20% now to 24%": both the efficiency, not the manufacturers)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

NOW = [
    (
        "The government wants to help manufacturers increase solar module efficiency from around 20% now to 24% by "
        "the end of the next decade.",
        "solar module efficiency",
    ),
    ("The plan would raise the retirement age from 62 now to 67.", "retirement age"),
]


@pytest.mark.parametrize(("text", "about"), NOW)
def test_both_levels_measure_one_thing(parsed, text, about):
    assert [f.about for f in figures_of(parsed, text)] == [about, about]


# near misses: without the time word as before; a time word with no "from" pairs nothing
def test_plain_from_to_stays(parsed):
    assert [f.about for f in figures_of(parsed, "They want to increase efficiency from 20% to 24%.")] == [
        "efficiency",
        "efficiency",
    ]


def test_no_from_pairs_nothing(parsed):
    figs = figures_of(parsed, "Its share was 20% now to the surprise of 24 analysts.")
    assert [(f.value, f.about) for f in figs][-1] == (24.0, "analysts")
