"""Figures: a figure written before a noun that names a figure ("the $53 million figure", "the 13,000 estimate")
takes up the amount the document gave before, and measures what it measured; with none before, "figure" is no
about and "estimate" no counted thing."""

from __future__ import annotations

from tests.extract.helpers import figures_of


def test_a_named_count_counts_what_the_earlier_count_counted(parsed):
    figs = figures_of(parsed, "Officials said 13,000 soldiers were sent. The 13,000 estimate came from Seoul.")
    assert [(f.value, f.kind, f.unit, f.about) for f in figs] == [(13000.0, "count", "soldier", "soldiers")] * 2


def test_a_named_amount_is_the_earlier_amounts(parsed):
    figs = figures_of(parsed, "The plan cost $40 billion. Critics doubted the $40 billion number.")
    assert [f.about for f in figs] == ["plan", "plan"]


def test_a_named_amount_with_nothing_before_has_no_about(parsed):
    figs = figures_of(parsed, "That is less than the $53 million figure McKinley cited.")
    assert [(f.value, f.unit, f.about) for f in figs] == [(53e6, "USD", None)]


def test_a_named_count_with_nothing_before_counts_no_estimates(parsed):
    figs = figures_of(parsed, "The 13,000 estimate came from Seoul.")
    assert [(f.value, f.kind, f.unit) for f in figs] == [(13000.0, "number", None)]


# near misses: another value, or another measure, is another amount
def test_another_value_is_not_taken_up(parsed):
    figs = figures_of(parsed, "The plan cost $40 billion. Critics doubted the $30 billion figure.")
    assert figs[1].value == 30e9 and figs[1].about != "plan"


def test_another_measure_is_not_taken_up(parsed):
    figs = figures_of(parsed, "The peak is 13,000 feet high, and the 13,000 figure includes the snow.")
    assert [(f.kind, f.unit, f.about) for f in figs] == [("quantity", "foot", "peak"), ("number", None, None)]


def test_a_count_of_a_noun_after_the_naming_noun_stays(parsed):
    figs = figures_of(parsed, "Officials said 13,000 soldiers were sent. About 500 figures of the era were shown.")
    assert [(f.value, f.unit) for f in figs] == [(13000.0, "soldier"), (500.0, "figure")]
