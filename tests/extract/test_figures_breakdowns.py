"""Figures: the parts of a count set out after a colon, which add up to it, count what it counts ("five 787 Dreamliner
sales earlier this week: two to Biman Bangladesh Airlines and three to the Ghanaian government": two and three sales,
left out before as bare spelled numbers; build._breakdown_about). Not parts that do not add up."""

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
