"""Quotes: "according to plan" keeps to a course set in advance and is no source; someone's plan or schedule is a
document and sources what follows ("according to a draft plan obtained by The Associated Press")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    "text",
    [
        "Construction went according to plan, and the bridge opened in May.",
        "The launch is on track, according to schedule.",
        # review r2 MED-3: an adjective keeps the idiom
        "The couple married in June, according to Jewish tradition.",
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
        # review r1 MED-1: a plan or a schedule of someone's is a document
        (
            "According to a draft plan obtained by The Associated Press, the agency would close 12 offices.",
            ("a draft plan", "the agency would close 12 offices"),
        ),
        (
            "The school will reopen on Aug. 15, according to the district's schedule.",
            ("the district's schedule", "The school will reopen on Aug. 15"),
        ),
        (
            "Everything went according to schedule, officials said.",
            ("officials", "Everything went according to schedule"),
        ),
    ],
)
def test_reports_and_people_still_source(parsed, text, row):
    assert rows_of(parsed, text) == [row]
