"""Figures: unit conventions of news quantity benchmarks (rates, counts)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures
from extract.records import Figure


def _figures(parsed, text: str) -> list[Figure]:
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


def _one(figs: list[Figure], value: float) -> Figure:
    found = [f for f in figs if f.value == pytest.approx(value)]
    assert len(found) == 1, figs
    return found[0]


# "per" and a common noun make a rate of any count or measure, not only of a time or a unit.
PER_NOUN_RATES = [
    ("He is leading the NBA this season with 11.1 assists per game.", 11.1, "count", "assist per game"),
    ("He averaged 20 points per game last season.", 20, "quantity", "point per game"),
    ("The car can go 300 miles per charge.", 300, "quantity", "mile per charge"),
    ("Nurses hear up to 1,000 alarms per shift.", 1000, "count", "alarm per shift"),
    ("Adults need at least 8 hours per night.", 8, "quantity", "hour per night"),  # a frequency, no length of time
    # guards: a number after "per", "per cent", "a" with no time, and a compound after "per" make no rate
    ("There were 5 cases per 100,000 people.", 5, "count", "case"),
    ("Growth was 5 per cent.", 5, "percent", "%"),
    ("He scored 25 points a game.", 25, "quantity", "point"),
    ("Adults need at least 8 hours of sleep.", 8, "duration", "hour"),
    ("The screen has 401 pixels per inch.", 401, "count", "pixel per inch"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), PER_NOUN_RATES)
def test_per_and_a_common_noun_make_a_rate(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A small spelled number with no noun is a figure when it is the level a change verb moves to or something stands
# at; otherwise it still refers ("Of the two") or names a size ("seating for four") and is no figure.
SPELLED_LEVELS = [
    ("The death toll rose to three on Monday.", 3.0, "death toll"),
    ("The number of victims climbed to five.", 5.0, "victims"),
    ("Officials said the toll stood at nine.", 9.0, "toll"),
    ("The Thunder cut the Lakers' lead to two with a minute left.", 2.0, "lead"),
    # guards
    ("Of the two, only Steyer spoke.", None, None),
    ("The restaurant offers seating for four.", None, None),
    ("She listened to one and sang.", None, None),
    ("The talks moved to three.", None, None),
]


@pytest.mark.parametrize(("text", "value", "about"), SPELLED_LEVELS)
def test_a_spelled_level_reached_is_a_figure(parsed, text, value, about) -> None:
    figs = _figures(parsed, text)
    if value is None:
        assert figs == []
    else:
        f = _one(figs, value)
        assert (f.kind, f.about) == ("number", about)


# Unit names are CQE's (its unit.json, built on quantulum3's): "light-year" with its hyphen, however it is written.
UNIT_NAMES = [
    ("The galaxy is 13 billion light years away.", 1.3e10, "light-year", "13,000,000,000 light-years"),
    ("Their universe is some 230 million light - years wide.", 2.3e8, "light-year", "230,000,000 light-years"),
    ("The ship sailed 40 nautical miles.", 40, "nautical mile", "40 nautical miles"),  # guard: a two-word name
    ("He served 13 years in prison.", 13, "year", "13 years"),  # guard: a year alone
]


@pytest.mark.parametrize(("text", "value", "unit", "display"), UNIT_NAMES)
def test_unit_names_follow_the_benchmark_dictionary(parsed, text, value, unit, display) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.unit, f.display) == (unit, display)


# "pounds" that restate a mass beside them, and weigh what it weighs, are weight however large; otherwise the
# scale word still makes them money.
POUNDS_BESIDE_A_MASS = [
    ("The truck carried 20 tonnes (44,000 pounds) of steel.", 44000, "quantity", "pound-mass"),
    ("The rocket burned 500 tons of fuel, or 1.1 million pounds.", 1.1e6, "quantity", "pound-mass"),
    ("The rocket burned 1.1 million pounds (500 tonnes) of fuel.", 1.1e6, "quantity", "pound-mass"),
    ("China bought 2.5 million tons of soybeans (5 billion pounds).", 5e9, "quantity", "pound-mass"),
    # guards: a mass that does not weigh as much, a sum beside other money, no mass at all
    ("Britain sent 500 tonnes of aid, or 20 million pounds, to the region.", 2e7, "money", "GBP"),
    ("The fine was 5 million euros (4.3 million pounds).", 4.3e6, "money", "GBP"),
    ("The club sold 20 tonnes of scrap and paid 40 million pounds for the striker.", 4e7, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_BESIDE_A_MASS)
def test_pounds_that_restate_a_mass_are_weight(parsed, text, value, kind, unit) -> None:
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


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
    f = _one(_figures(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
