"""Figures: the level a figure is compared with measures the same thing when a time comes between them ("The toll
climbed to 120 on Sunday, up from 95"; lead s25 probe review, class 4: "rose to 58 ..., up from 41" had no about).
_compared_about read the gap "on Sunday, up from" as no comparison word."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The toll climbed to 120 on Sunday, up from 95.", "95", "toll"),  # no word of the dead (s29 rev1 RF4)
    ("Infections rose to 3,400 in March, up from 2,900.", "2,900", "Infections"),
    ("The death toll reached 230 on Monday, up from 180 on Sunday.", "180", "death toll"),
    # kept: no time between; a figure of its own after "and"
    ("Sales reached 1.5 million units, up from 1.2 million.", "1.2 million", "units"),
    ("The toll rose to 58 on Tuesday, and 41 people remain missing.", "41", "people"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_compared_level_after_a_time(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got
