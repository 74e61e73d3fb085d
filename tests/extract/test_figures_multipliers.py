"""Figures: multipliers ("10 times as many flu cases", "18 times the number") are plain numbers, not counts of their
noun; occurrences ("arrested three times as a juvenile") stay counts."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

# "N times" before a noun is a multiplier of it, a plain number, not a count of it; a plain count keeps its noun,
# and "three times" with nothing multiplied counts occurrences.
MULTIPLIERS = [
    ("The mice had 18 times the number of tuft cells.", 18, "number", None),
    ("Those dips can pack over 10 times more calories than salsa.", 10, "number", None),
    ("The city had 10 times as many cases as reported.", 10, "number", None),
    ("He saved 25 times his annual expenses.", 25, "number", None),
    ("Prices are 10 times higher than last year.", 10, "number", None),
    # guards
    ("The city had 10 cases of the flu.", 10, "count", "case"),
    ("He was stopped three times at the border.", 3, "count", None),
    ("He was arrested three times this year.", 3, "count", None),
    ("It is used four times per week.", 4, "count", "time per week"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), MULTIPLIERS)
def test_a_multiplier_counts_no_noun(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A multiplier of a noun contradicts no count of that noun; two counts of it still do.
def test_a_multiplier_contradicts_no_count(parsed) -> None:
    assert (
        conflicts_of(
            parsed, "Officials reported 10 times as many flu cases as last year.", "Officials reported 5,000 flu cases."
        )
        == []
    )
    assert (
        conflicts_of(
            parsed, "Infected mice had 18 times the number of immune cells.", "The team counted 2,000 immune cells."
        )
        == []
    )


# "N times" before a role ("as a juvenile"), a period ("over the past decade", "over 2022") or fronted before its
# clause counts occurrences, as "arrested three times" does; only a comparison or an amount makes it a multiplier.
TIMES_OCCURRENCES = [
    ("He was arrested three times as a juvenile.", 3),
    ("The senator has run for office three times as an independent.", 3),
    ("He has been married three times over the past decade.", 3),
    ("The rocket has flown 20 times over the past year.", 20),
    ("The Fed raised rates seven times over 2022.", 7),
    ("The stock split three times over two years.", 3),
    ("Three times the prime minister has survived a vote.", 3),
]


@pytest.mark.parametrize(("text", "value"), TIMES_OCCURRENCES)
def test_times_as_a_role_or_over_a_period_counts_occurrences(parsed, text, value) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("count", None)


# guards: multipliers stay plain numbers
TIMES_MULTIPLIERS = [
    ("Officials reported 10 times as many flu cases as last year.", 10),
    ("The new plant is three times as large as the old one.", 3),
    ("Infected mice had 18 times the number of immune cells.", 18),
    ("The tower is three times the size of the old one.", 3),
    ("Prices are four times higher than last year.", 4),
    ("The offering was oversubscribed three times over.", 3),
]


@pytest.mark.parametrize(("text", "value"), TIMES_MULTIPLIERS)
def test_times_before_a_comparison_multiplies(parsed, text, value) -> None:
    assert one_of(figures_of(parsed, text), value).kind == "number"


# A range of "times" before a comparison multiplies too: "two to three times as many flu cases" is no count of cases.
TIMES_RANGES = [
    ("Officials reported two to three times as many flu cases as last year.", 2.5, "number", None),
    ("Prices are two to three times higher than last year.", 2.5, "number", None),
    # guard: a range of cases still counts them
    ("Police reported 4 to 5 flu cases.", 4.5, "count", "case"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), TIMES_RANGES)
def test_a_range_of_times_before_a_comparison_multiplies(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
