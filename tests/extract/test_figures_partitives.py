"""Figures (probe s27 class 2): a part whose whole is a pronoun ("of which", "of whom", "Of these") counts what the
whole counts: the nearest figure before it that counts a noun, a number of something, or money in the same currency
(extract/figures/about/elided.py _partitive_about). Not a whole smaller than the part, nor "of those hits" (its own
noun), nor "these" inside a sentence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "Officials said 1,200 homes were damaged by the storm, of which some 300 were destroyed.",
        "some 300",
        "count",
        "homes",
    ),
    ("The team signed 30 players. Of these, 12 were from abroad.", "12", "count", "players"),
    ("The agency has 4,000 staff, half of whom work from home.", "half", "number", "staff"),
    (
        "The budget is Sh4.2 trillion for the coming financial year, of which Sh1.1 trillion will go to debt"
        " repayments.",
        "Sh1.1 trillion",
        "money",
        "budget",
    ),
    (
        "The number of homeless families rose to 117,450 in the year to June. Of these, nearly 30,000 were housed in"
        " bed and breakfasts.",
        "nearly 30,000",
        "number",
        "homeless families",
    ),
]


@pytest.mark.parametrize(("text", "figure", "kind", "about"), CASES)
def test_a_part_of_a_pronoun_counts_the_whole(parsed, text, figure, kind, about):
    got = {f.text: (f.kind, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == (kind, about), got


KEPT = [
    ("The storm hit 3 towns. Of these, 40 homes were lost.", "40", "homes"),  # its own noun; a whole smaller
    ("The firm hired 30 engineers. Most of these were graduates, and 12 came from abroad.", "12", None),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_no_pronoun_whole_keeps_the_figure(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
