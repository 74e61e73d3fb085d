"""Figures: a count of "these"/"those" things counts the group the text named before it ("13,000 North Korean soldiers
... the number of these combatants at 13,000"), whatever noun takes them up, so the two are one group and a different
value is a conflict within the document (about/restated.py _pointed_back_about). Not a part ("9,000 of these soldiers"),
a value far off, or when the document named two such groups."""

from __future__ import annotations

import pytest

from extract.figures import find_conflicts
from tests.extract.helpers import figures_of, one_of

TAKEN_UP = [
    "Up to 12,000 North Korean soldiers have been deployed. South Korea estimated the number of these fighters at "
    "13,000.",
    "Some 12,000 North Korean soldiers are in Kursk, officials said. Kyiv put the number of those recruits at 14,000.",
]
LEFT = [
    # a part of the group
    ("About 12,000 North Korean soldiers have been deployed. Some 9,000 of these soldiers are at the front.", 9000),
    # a value far off
    (
        "About 12,000 North Korean soldiers have been deployed. Seoul estimated the number of these fighters at "
        "30,000.",
        30000,
    ),
    # two named groups: which one is meant is not sure
    (
        "About 12,000 North Korean soldiers and 5,000 Russian paratroopers have been deployed. Seoul estimated the "
        "number of these fighters at 13,000.",
        13000,
    ),
    # no "these": another noun is another count
    ("About 12,000 North Korean soldiers have been deployed. Seoul said 13,000 fighters had crossed.", 13000),
]


@pytest.mark.parametrize("text", TAKEN_UP)
def test_these_things_are_the_group_named_before(parsed, text) -> None:
    figs = figures_of(parsed, text)
    assert {f.about for f in figs if f.kind == "count"} == {"North Korean soldiers"}
    conflicts = find_conflicts(figs)
    assert [c.about for c in conflicts] == ["North Korean soldiers"]


@pytest.mark.parametrize(("text", "value"), LEFT)
def test_other_counts_keep_their_own_noun(parsed, text, value) -> None:
    assert one_of(figures_of(parsed, text), value).about != "North Korean soldiers"


def test_the_same_value_taken_up_is_no_conflict(parsed) -> None:
    text = "The deployment of 13,000 North Korean soldiers alarmed NATO. Seoul estimated these combatants at 13,000."
    figs = figures_of(parsed, text)
    assert find_conflicts(figs) == []


# review s21 r1b HIGH-3: a count with a noun of its own is that noun's, whatever "these X" the sentence has
OWN_NOUN = [
    (
        "Police said 2,000 Trump supporters gathered at the Capitol on Saturday. On Sunday, about 2,500 protesters "
        "marched against them, and these protesters blocked the bridge for hours.",
        2500,
        "protesters",
    ),
    (
        "About 40,000 Israeli reservists were called up in October. The army said 45,000 soldiers had been wounded or "
        "killed since, and it was these soldiers who bore the brunt.",
        45000,
        "soldiers",
    ),
]


@pytest.mark.parametrize(("text", "value", "about"), OWN_NOUN)
def test_a_count_with_its_own_noun_is_not_taken_back(parsed, text, value, about) -> None:
    figs = figures_of(parsed, text)
    assert one_of(figs, value).about == about
    assert find_conflicts(figs) == []
