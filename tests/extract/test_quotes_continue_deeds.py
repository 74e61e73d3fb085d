"""Quotes: "continue to ..." reports a stance only when the verb after it presses or resists a cause; a deed that
goes on ("He continues to search for answers", "She continues to work at the hospital") is no claim, whoever does
it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of

LEAD = "Tom Ward lost his son in a crash in 2015. "


@pytest.mark.parametrize(
    "sentence",
    [
        "He continues to search for answers about the crash.",
        "He continued to work in the mine for ten more years.",
        # review r1 HIGH-3: an object or an "at"/"on" phrase makes no stance of a deed
        "He continues to work at the hospital.",
        "He continued to serve on the board.",
        "He continued to pay the bills.",
        "He continued to search the area on Tuesday.",
        # review r2 HIGH-1: a pressing verb aimed at no cause is a deed
        "He continues to fight the disease.",
        "He continued to fight for his life at a Dayton hospital on Monday.",
        "He continued to push the stroller down the street.",
        "He continued to campaign in Iowa.",
    ],
)
def test_a_deed_that_goes_on_is_no_claim(parsed, sentence):
    assert rows_of(parsed, LEAD + sentence) == []


@pytest.mark.parametrize(
    ("sentence", "row"),
    [
        # near misses: a stance aimed at something stays, and a verb of saying reports on its own
        (
            "He continues to ignore the reality that the plant is closing.",
            ("He", "to ignore the reality that the plant is closing"),
        ),
        ("He continued to plot against the mayor.", ("He", "to plot against the mayor")),
        ("He continued to push for an investigation.", ("He", "to push for an investigation")),
        ("He continues to challenge the ruling in court.", ("He", "to challenge the ruling in court")),
        ("He continues to insist that the crash was no accident.", ("He", "that the crash was no accident")),
    ],
)
def test_a_stance_that_goes_on_stays(parsed, sentence, row):
    assert rows_of(parsed, LEAD + sentence) == [row]
