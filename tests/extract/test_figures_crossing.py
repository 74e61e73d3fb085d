"""Figures: a level crossed is a lower bound ("the toll climbed past 1,000", "Bitcoin crossed $60,000")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CROSSED = [
    ("Deaths climbed past 1,000.", 1000.0, "more than"),
    ("The index surged past 30,000 points.", 30000.0, "more than"),
    ("Bitcoin crossed $60,000 on Tuesday.", 60000.0, "more than"),
    ("The deficit breached 3 percent of output.", 3.0, "more than"),
    # a level fallen past is now below it
    ("The Dow Jones industrial average fell past 30,000 points on Tuesday.", 30000.0, "less than"),
    ("Oil slid past $80 a barrel on Monday.", 80.0, "less than"),
    ("The unemployment rate dropped past 4% in March.", 4.0, "less than"),
    # guards: things crossed, breached or passed are counted exactly (review r1 HIGH-1, HIGH-4)
    ("Hackers breached 40 million accounts at the bank last year.", 4e7, None),
    ("The migrants crossed 3 borders before reaching Germany.", 3.0, None),
    ("He crossed 40 miles of desert on foot.", 40.0, None),
    ("Messi slipped past two defenders and scored.", 2.0, None),
    ("The runner surged past 5 competitors in the last mile.", 5.0, None),
    # guards: past a place, the past years and the clock are no bound
    ("He walked past 20 houses.", 20.0, None),
    ("Prices rose over the past 10 years.", 10.0, None),
    ("It happened in the past 10 years.", 10.0, None),
]


@pytest.mark.parametrize(("text", "value", "qualifier"), CROSSED)
def test_a_level_crossed_is_a_floor(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier


@pytest.mark.parametrize(
    ("text", "about"),
    [("Deaths climbed past 1,000.", "Deaths"), ("The death toll climbed past 1,000 on Sunday.", "death toll")],
)
def test_a_level_crossed_is_about_what_climbed(parsed, text, about) -> None:
    assert one_of(figures_of(parsed, text), 1000.0).about == about
