"""Figures (engine probe s30 P43, P155 LOW): 'a storm surge of 10 to 15 feet', 'storm surges of more than three
meters' gave direction up (and about 'storm', the change noun taken off): a surge 'of' a length is the height of the
sea's surge, not a rise by it. A surge of points or cases is a rise as before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Forecasters warned of a storm surge of 10 to 15 feet.", "10 to 15 feet", None),
    ("The storm brought storm surges of more than three meters.", "more than three meters", None),
    # as before
    ("The index saw a surge of 20 points.", "20 points", "up"),
    ("Sales surged 15% in March.", "15%", "up"),
]


@pytest.mark.parametrize(("text", "figure", "direction"), CASES)
def test_a_surge_of_a_length_is_a_height(parsed, text, figure, direction):
    got = {f.text: f.direction for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == direction, got
