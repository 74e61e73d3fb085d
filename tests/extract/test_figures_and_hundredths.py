"""Figures: a whole number and a fraction of hundredths or thousandths ("two and fifty-four hundredths") is the
number plus that many hundredths. text2num reads "fifty-four hundredths" as the ordinal 5,400th, which gave
2 + 1/5,400 = 2.000185 (brief s25 item 4)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The reading was two and fifty-four hundredths.", 2.54),
    ("It rose by two and three hundredths.", 2.03),
    ("She won by nine and sixty-five hundredths seconds.", 9.65),
    ("The gap was seven and five thousandths of a second.", 7.005),
    # kept: a fraction word, one hundredth, a plain ordinal denominator
    ("It was one and a hundredth.", 1.01),
    ("She scored two and three quarters.", 2.75),
    ("The price was two and a half dollars.", 2.5),
]


@pytest.mark.parametrize(("text", "value"), CASES)
def test_and_hundredths_add_hundredths(parsed, text, value):
    values = [f.value for f in figures_of(parsed, text)]
    assert values == [pytest.approx(value)], values
