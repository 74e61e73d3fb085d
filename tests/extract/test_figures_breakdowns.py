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
