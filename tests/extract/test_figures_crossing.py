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
    # review r2 HIGH-2: an adjective or 'of' between the number and the things crossed
    ("The migrants crossed 3 international borders before reaching Germany.", 3.0, None),
    ("Hackers breached 40 million private accounts at the bank last year.", 4e7, None),
    ("Hackers breached 3 million of the company's customer accounts.", 3e6, None),
    ("The Dutch driver climbed past four other cars after the restart.", 4.0, None),
    ("She surged past 3 other runners in the final mile.", 3.0, None),
    ("The wildfire crossed 3 counties.", 3.0, None),
    # review r2 MED-4: a comma ends the number ('..., officials said' in wire copy)
    ("The death toll crossed 1,000, officials said.", 1000.0, "more than"),
    ("Deaths climbed past 500, health officials said on Monday.", 500.0, "more than"),
    ("Bitcoin crossed $60,000, traders said.", 60000.0, "more than"),
    ("The index fell past 4,000, analysts noted.", 4000.0, "less than"),
    ("The toll rose past 300 and rescuers kept digging.", 300.0, "more than"),
    # review r2 MED-1: AP weekdays, measures of a level, totals that grow past a mark
    ("The S&P 500 crossed 5,000 Thursday for the first time.", 5000.0, "more than"),
    ("The death toll climbed past 1,000 Sunday, officials said.", 1000.0, "more than"),
    ("Temperatures soared past 40 degrees Celsius in Madrid on Tuesday.", 40.0, "more than"),
    ("Wind speeds climbed past 150 mph.", 150.0, "more than"),
    ("Netflix crossed 200 million subscribers in the quarter.", 2e8, "more than"),
    ("The death toll crossed 1,000 people on Sunday.", 1000.0, "more than"),
    ("Enrollment dropped past 10,000 students last fall.", 10000.0, "less than"),
    ("Her song eclipsed 1 billion views on YouTube.", 1e9, "more than"),
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


# Review r3 HIGH-2: an organisation subject alone does not make 'crossed N things' a level; 'streams' may be water.
@pytest.mark.parametrize(
    ("text", "value", "qualifier"),
    [
        ("UPS crossed 10 states in one day.", 10, None),
        ("The hikers crossed 12 streams on the trail.", 12, None),
        # near misses: a total subject or an audience stays a level
        ("The death toll crossed 1,000 people on Monday.", 1000, "more than"),
        ("Netflix crossed 200 million subscribers.", 2e8, "more than"),
    ],
)
def test_things_crossed_keep_their_count(parsed, text, value, qualifier) -> None:
    assert one_of(figures_of(parsed, text), value).qualifier == qualifier
