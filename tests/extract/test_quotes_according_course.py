"""Quotes: "according to plan" keeps to a course set in advance; a plan or a schedule is no source."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Construction went according to plan, and the bridge opened in May.",
        "The launch is on track, according to the schedule released by the agency.",
    ],
)
def test_a_course_is_no_source(parsed, text):
    assert rows_of(parsed, text) == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # near misses: a report and people who plan still source what follows or precedes
        ("According to the report, the bridge opened in May.", ("the report", "the bridge opened in May")),
        ("The bridge will open in May, according to planners.", ("planners", "The bridge will open in May")),
        (
            "Everything went according to schedule, officials said.",
            ("officials", "Everything went according to schedule"),
        ),
    ],
)
def test_reports_and_people_still_source(parsed, text, row):
    assert rows_of(parsed, text) == [row]
