"""Figures: the parts of a count set out after a colon, which add up to it, count what it counts ("five 787 Dreamliner
sales earlier this week: two to Biman Bangladesh Airlines and three to the Ghanaian government": two and three sales,
left out before as bare spelled numbers; about/restated.py _breakdown_about). Not parts that do not add up."""

from __future__ import annotations

from tests.extract.helpers import figures_of

SALES = (
    "It comes in addition to five 787 Dreamliner sales earlier this week: two to Biman Bangladesh Airlines and three "
    "to the Ghanaian government ahead of its launch of a new local carrier."
)


def test_the_parts_of_a_count_count_its_noun(parsed) -> None:
    figs = figures_of(parsed, SALES)
    assert sorted((f.value, f.about) for f in figs if f.kind == "count") == [
        (2.0, "Dreamliner sales"),
        (3.0, "Dreamliner sales"),
        (5.0, "Dreamliner sales"),
    ]


def test_parts_that_do_not_add_up_are_left_alone(parsed) -> None:
    figs = figures_of(parsed, "Police arrested five people: two were released and one was charged.")
    assert [f.value for f in figs if f.kind == "count"] == [5.0]


def test_list_markers_are_no_parts(parsed) -> None:
    # review s21 r2b MED-4: "one, ...; two, ..." number the reasons; they count none
    figs = figures_of(parsed, "He gave three reasons: one, the cost; two, the delay.")
    assert [f.value for f in figs if f.kind == "count"] == [3.0]


def test_parts_in_places_count_the_noun(parsed) -> None:
    figs = figures_of(parsed, "The firm has two offices: one in London and one in Paris.")
    assert sorted(f.value for f in figs if f.about == "offices") == [1.0, 1.0, 2.0]


# The parts in brackets after the count, digits too, count its noun (the stat line of a game report)
HITS = (
    "The Browns had 11 hits on Mason Rudolph. 5 of those hits were from two players facing suspension now "
    "(2 for Larry Ogunjobi, 3 for Myles Garrett)."
)


def test_parts_in_brackets_count_the_noun(parsed) -> None:
    figs = figures_of(parsed, HITS)
    assert sorted((f.value, f.unit) for f in figs if f.about == "hits") == [
        (2.0, "hit"),
        (3.0, "hit"),
        (5.0, "hit"),
        (11.0, "hit"),
    ]


def test_parts_in_brackets_that_split_people_count_people(parsed) -> None:
    figs = figures_of(parsed, "Five people were hurt (2 seriously, 3 lightly) in the crash.")
    assert sorted((f.value, f.unit) for f in figs) == [(2.0, "people"), (3.0, "people"), (5.0, "people")]


# near misses: numbers in brackets that do not add up to the count, or have a noun of their own, keep theirs
def test_brackets_that_do_not_add_up_are_left_alone(parsed) -> None:
    figs = figures_of(parsed, "The team has 5 players (2, 3 and 4 are injured).")
    assert [f.value for f in figs if f.unit == "player"] == [5.0]


def test_parts_with_their_own_noun_keep_it(parsed) -> None:
    figs = figures_of(parsed, "Five people were hurt (2 of them children) in the crash.")
    assert [(f.value, f.unit) for f in figs] == [(5.0, "people"), (2.0, "child")]


def test_a_colon_after_brackets_still_sets_out_parts(parsed) -> None:
    figs = figures_of(parsed, "Boeing made five 787 Dreamliner sales (its best week): two to Biman and three to Ghana.")
    assert sorted(f.value for f in figs if f.about == "Dreamliner sales") == [2.0, 3.0, 5.0]
