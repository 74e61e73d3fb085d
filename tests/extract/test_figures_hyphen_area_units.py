"""Figures: a two-word unit glued to its number with hyphens is that unit ("a 5,000-square-foot home": 5,000 square
feet of the home, not a count of 5,000 'square-foot'), as the same unit written with spaces is."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

UNITS = [
    ("They bought a 5,000-square-foot home.", 5000.0, "square foot", "home"),
    ("They bought a 2,000-square-metre plot.", 2000.0, "square metre", "plot"),
    ("The fire burned a 10-square-mile area.", 10.0, "square mile", "area"),
    ("The 40-cubic-meter tank leaked.", 40.0, "cubic metre", "tank"),
    ("A 1.5-square-kilometer park opened.", 1.5, "square kilometre", "park"),
    ("The 3,000-square-feet store opened.", 3000.0, "square foot", "store"),
    # near misses: written with spaces, and one-word hyphenated units, as before
    ("It is a 3,000 square foot home.", 3000.0, "square foot", "home"),
    ("The 12.1-inch screen is bright.", 12.1, "inch", "screen"),
    ("They walked a 2.5-mile bridge.", 2.5, "mile", "bridge"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), UNITS)
def test_a_hyphenated_two_word_unit(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit, f.about) == ("quantity", unit, about)
