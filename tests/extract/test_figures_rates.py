"""Figures: rates ("per" and a common noun: "11.1 assists per game"), and "per" meaning "according to" ("5,000
acres per officials")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of
from tests.extract.helpers import unit_of as _unit

# "per" and a common noun make a rate of any count or measure, not only of a time or a unit.
PER_NOUN_RATES = [
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("He averaged 20 points per game last season.", 20, "quantity", "point per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("Nurses hear up to 1,000 alarms per shift.", 1000, "count", "alarm per shift"),
    ("Adults need at least 8 hours per night.", 8, "quantity", "hour per night"),  # a frequency, no length of time
    # guards: a number after "per", "per cent", "a" with no time, and a compound after "per" make no rate
    ("There were 5 cases per 100,000 people.", 5, "count", "case per 100,000 people"),  # one rate (brief s29)
    ("Growth was 5 per cent.", 5, "percent", "%"),
    ("He scored 25 points a game.", 25, "quantity", "point"),
    ("Adults need at least 8 hours of sleep.", 8, "duration", "hour"),
    ("The screen has 401 pixels per inch.", 401, "count", "pixel per inch"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_NOUN_RATES)
def test_per_and_a_common_noun_make_a_rate(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)


# "per" before a plural is "according to" (US news shorthand), not a rate's denominator, which is one of something.
PER_SOURCES = [
    ("The wildfire has burned 5,000 acres per officials.", 5000, "quantity", "acre"),
    ("Smith will miss four weeks per sources.", 4, "duration", "week"),
    ("The storm dumped 20 inches per forecasters.", 20, "quantity", "inch"),
    ("The attack killed 12 people per police.", 12, "count", "people"),
    ("The Lakers will sign 2 players per sources.", 2, "count", "player"),
    # guards: a singular denominator is still a rate
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("The wildfire has burned 5,000 acres, per officials.", 5000, "quantity", "acre"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_SOURCES)
def test_per_before_a_plural_is_according_to(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)


# "per police" is a source, so the count stays in its conflict group
def test_a_count_per_a_source_still_conflicts(parsed) -> None:
    assert conflicts_of(
        parsed, "The attack killed 120 people per police.", "The attack killed 200 people, the ministry said."
    ) == [[120, 200]]


# "per" before a plural is "according to" for money too; a noun whose singular is itself ("species") is a
# denominator even when the tagger calls it plural.
PER_SOURCES_R2 = [
    ("The Yankees will pay Judge $30 million per sources.", 30e6, "money", "USD"),
    ("The club paid $5 million per reports.", 5e6, "money", "USD"),
    ("The deal is worth £2 billion per reports.", 2e9, "money", "GBP"),
    ("The robbers stole $5,000 per police.", 5000, "money", "USD"),
    ("The park counts 40 individuals per species.", 40, "count", "individual per species"),
    # guards: a singular denominator is still a rate; a plural is still "according to"
    ("Gas costs $5 per gallon.", 5, "money", "USD per gallon"),
    ("Income reached $40,000 per capita.", 40000, "money", "USD per capita"),
    ("Tuition is $12,000 per semester, per officials.", 12000, "money", "USD per semester"),
    ("Offices rent for $500 per square foot.", 500, "money", "USD per square foot"),
    ("The attack killed 12 people per police.", 12, "count", "people"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_SOURCES_R2)
def test_per_before_a_plural_is_according_to_for_money(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, _unit(f)) == (kind, unit)
