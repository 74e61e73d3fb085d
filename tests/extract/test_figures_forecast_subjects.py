"""Figures: an amount people forecast is not about those people (brief s25 item 4, '$X a share'): "Analysts had
expected 95 cents a share" after "Netflix earned $1.10 a share" gave 'Analysts'. It gets no about rather than the
reported figure's, which would make the forecast and the result two sources that disagree; only when the story
reports a figure of that measure."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Netflix earned $1.10 a share. Analysts had expected 95 cents a share.", "95 cents a share", None),
    ("Exports totalled $4.3 billion. Economists had projected $4.1 billion.", "$4.1 billion", None),
    ("The bank earned 42 cents per share. Investors had anticipated 40 cents per share.", "40 cents per share", None),
    # review s25 rev3f 4: with no reported figure of the measure the people may be who gets the amount
    ("Retirees expect $1,200 a month from the new pension.", "$1,200 a month", "Retirees"),
    ("Investors expect $2 a share.", "$2 a share", "Investors"),
    # kept: the earner, a noun the forecast names, a person's own expectation of a sum
    ("Netflix earned $1.10 a share. Analysts had expected 95 cents a share.", "$1.10 a share", "Netflix"),
    ("Investors expect a 5% return.", "5%", "return"),
    ("Economists forecast 2.5% growth next year.", "2.5%", "growth"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_a_forecast_is_not_about_its_forecasters(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got
