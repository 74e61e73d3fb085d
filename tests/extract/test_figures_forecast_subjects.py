"""Figures: an amount people forecast is not about those people (brief s25 item 4, '$X a share'): "Analysts had
expected 95 cents a share" gave 'Analysts'. It gets no about rather than the reported figure's, which would make
the forecast and the result two sources that disagree."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Analysts had expected 95 cents a share.", "95 cents a share", None),
    ("Netflix earned $1.10 a share. Analysts had expected 95 cents a share.", "95 cents a share", None),
    ("Economists had projected $4.1 billion.", "$4.1 billion", None),
    ("Investors anticipated 40 cents per share.", "40 cents per share", None),
    # kept: the earner, a noun the forecast names, a person's own expectation of a sum
    ("Netflix earned $1.10 a share. Analysts had expected 95 cents a share.", "$1.10 a share", "Netflix"),
    ("Investors expect a 5% return.", "5%", "return"),
    ("Economists forecast 2.5% growth next year.", "2.5%", "growth"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_forecast_is_not_about_its_forecasters(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got
