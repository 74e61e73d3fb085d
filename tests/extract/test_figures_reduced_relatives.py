"""Figures: a figure before a name that is the subject of a clause right after ("the 13,000 South Korea estimated")
is no amount of that name (review s22 r1 LOW-L1): compared with an earlier figure ("fewer than the 13,000 ...") it
counts what that one counts, otherwise it has no about. A participle after a thing is passive ("the 12-inch MacBook
released in 2015"), and a measure is the thing's."""

from __future__ import annotations

from tests.extract.helpers import figures_of

KURSK = (
    "Ukraine said on Tuesday that 12,000 North Korean soldiers were fighting in the Kursk region, fewer than the "
    "13,000 South Korea estimated last month."
)


def test_a_compared_figure_counts_what_the_first_counts(parsed):
    figs = figures_of(parsed, KURSK)
    assert [(f.value, f.unit, f.about) for f in figs] == [
        (12000.0, "soldier", "North Korean soldiers"),
        (13000.0, "soldier", "North Korean soldiers"),
    ]


def test_a_measure_of_a_product_released_stays(parsed):
    text = "This design contributed to the thinness of the 12-inch MacBook released in 2015."
    assert [f.about for f in figures_of(parsed, text)] == ["MacBook"]


# near misses: a count of a name's things keeps them
def test_a_count_of_named_things_stays(parsed):
    figs = figures_of(parsed, "The 13,000 North Korean soldiers arrived.")
    assert [f.about for f in figs] == ["North Korean soldiers"]


# s23 (known left from s22): the tagger reads 'Trump' as an organisation tagged a common noun; a bare participle
# after the name with nothing of its own still takes the amount as its object
def test_a_bare_participle_after_an_organisation_takes_the_amount(parsed):
    assert [f.about for f in figures_of(parsed, "Congress cut the $5 billion Trump requested.")] == [None]


# near misses: a name's thing, and a participle with words of its own after a name
def test_a_names_things_stay(parsed):
    assert [f.about for f in figures_of(parsed, "The $5 billion Apple deal collapsed.")] == ["Apple deal"]
    figs = figures_of(parsed, "Investors sold the 5,000 Tesla shares bought in May.")
    assert [f.about for f in figs] == ["Tesla shares"]
