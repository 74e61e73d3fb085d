"""Quotes: a reported clause whose subject the parser took for the cue's object keeps that subject when a dash or
bracket closing an aside of the subject, or a modifier the parser hung on the cue, stands between the subject and
its verb; a mandative verb's bare clause ("recommends all adults get") is such a clause too."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        (
            "The Trump team has said single people and families - gay, straight, adoptive and foster - would "
            "qualify for the tax breaks under Trump's broader child-care plan.",
            "single people and families - gay, straight, adoptive and foster - would qualify for the tax breaks "
            "under Trump's broader child-care plan",
        ),
        (
            "The Centers for Disease Control recommends all individuals above age 6 months get a flu vaccine by "
            "the end of October.",
            "all individuals above age 6 months get a flu vaccine by the end of October",
        ),
    ],
)
def test_subject_before_an_aside_or_modifier_is_reported(parsed, text, claim):
    assert [c for _, c in rows_of(parsed, text)] == [claim]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Parents worried their children would fall behind.", "their children would fall behind"),
        ("The mayor told reporters on Monday the city would recover.", "the city would recover"),
        (
            "The company said its new phones (the X and the XS) would ship in May.",
            "its new phones (the X and the XS) would ship in May",
        ),
        (
            "Donald Trump is demanding President Barack Obama make a pledge not to pardon Hillary Clinton.",
            "President Barack Obama make a pledge not to pardon Hillary Clinton",
        ),
        ("The mayor told reporters on Monday that the city would recover.", "that the city would recover"),
    ],
)
def test_near_misses_keep_their_content(parsed, text, claim):
    assert [c for _, c in rows_of(parsed, text)] == [claim]
