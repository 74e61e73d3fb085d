"""Figures: measures joined by "and"/"or" before one noun both measure it ("on both a 512GB and 1TB model", "a
64GB or 256GB iPhone"). The parse hangs the noun on the second measure only; at base the first had no about."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHARED = [
    ("We saw a read speed of 3150 megabytes per second on both a 512GB and 1TB model.", "512GB", "model"),
    ("You can buy a 64GB or 256GB iPhone.", "64GB", "iPhone"),
]


@pytest.mark.parametrize(("text", "first", "about"), SHARED)
def test_the_first_measure_takes_the_noun(parsed, text, first, about):
    figs = figures_of(parsed, text)
    assert [f.about for f in figs if f.text == first] == [about]
    assert figs[-1].about == about


# near misses: each measure has its own noun; the noun after the second is reached through "of" (not right after)
KEPT = [
    ("It has 8GB of memory and 512GB storage.", ["memory", "storage"]),
    ("It weighs 5 kg and 10 km of road is closed.", [None, "road"]),
    ("The 5 kg and 10 kg bags sell well.", ["bags", "bags"]),
]


@pytest.mark.parametrize(("text", "abouts"), KEPT)
def test_other_measures_stay(parsed, text, abouts):
    assert [f.about for f in figures_of(parsed, text)] == abouts
