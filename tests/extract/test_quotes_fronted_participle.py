"""Quotes: a that-clause right after a cue is what it reports, not also a clause the parser hung on the cue from a
participle fronted before the subject ("Writing for a panel that ..., X noted that ..."); a cue set off by commas
inside one clause ("so bad, Mr. Obama noted, that ...") still reports all of it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Writing for a Los Angeles Times panel that all agreed Pence won the debate, Mark Z. Barabak noted that "
            "the way Pence carried himself was critical to his success.",
            ("Mark Z. Barabak", "that the way Pence carried himself was critical to his success"),
        ),
        (
            'Claiming the criticism of Lauer is designed to pressure debate moderators, Trump told Fox that "they '
            'hit Matt because they said he should have been much tougher."',
            ("Trump", 'that "they hit Matt because they said he should have been much tougher."'),
        ),
    ],
)
def test_fronted_participle_is_no_part_of_the_report(parsed, text, row):
    assert row in rows_of(parsed, text)
    assert all(not c.startswith(("Writing", "Claiming")) for _, c in rows_of(parsed, text))


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "China had resisted such agreements, but the air pollution had become so bad, Mr. Obama noted, that the "
            "leaders had to act.",
            ("Mr. Obama", "the air pollution had become so bad, Mr. Obama noted, that the leaders had to act"),
        ),
        (
            "Speaking at a rally in Ohio, the senator said that the plant would stay open.",
            ("the senator", "that the plant would stay open"),
        ),
        ("The deal was dead, the minister said that evening.", ("the minister", "The deal was dead")),
    ],
)
def test_near_misses_keep_their_rows(parsed, text, row):
    assert row in rows_of(parsed, text)
