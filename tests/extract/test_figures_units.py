"""Figures: unit names (the benchmark dictionary's: "light-year") and masses against money ("20 tonnes (44,000
pounds)", "short tons", "1.5m tonnes", "pounds worth")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

# Unit names are CQE's (its unit.json, built on quantulum3's): "light-year" with its hyphen, however it is written.
UNIT_NAMES = [
    ("The galaxy is 13 billion light years away.", 1.3e10, "light-year", "13,000,000,000 light-years"),
    ("Their universe is some 230 million light - years wide.", 2.3e8, "light-year", "230,000,000 light-years"),
    ("The ship sailed 40 nautical miles.", 40, "nautical mile", "40 nautical miles"),  # guard: a two-word name
    ("He served 13 years in prison.", 13, "year", "13 years"),  # guard: a year alone
]


@pytest.mark.parametrize(("text", "value", "unit", "display"), UNIT_NAMES)
def test_unit_names_follow_the_benchmark_dictionary(parsed, text, value, unit, display) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.unit, f.display) == (unit, display)


# "pounds" that restate a mass beside them, and weigh what it weighs, are weight however large; otherwise the
# scale word still makes them money.
POUNDS_BESIDE_A_MASS = [
    ("The truck carried 20 tonnes (44,000 pounds) of steel.", 44000, "quantity", "pound"),
    ("The rocket burned 500 tons of fuel, or 1.1 million pounds.", 1.1e6, "quantity", "pound"),
    ("The rocket burned 1.1 million pounds (500 tonnes) of fuel.", 1.1e6, "quantity", "pound"),
    ("China bought 2.5 million tons of soybeans (5 billion pounds).", 5e9, "quantity", "pound"),
    # guards: a mass that does not weigh as much, a sum beside other money, no mass at all
    ("Britain sent 500 tonnes of aid, or 20 million pounds, to the region.", 2e7, "money", "GBP"),
    ("The fine was 5 million euros (4.3 million pounds).", 4.3e6, "money", "GBP"),
    ("The club sold 20 tonnes of scrap and paid 40 million pounds for the striker.", 4e7, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_BESIDE_A_MASS)
def test_pounds_that_restate_a_mass_are_weight(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# "pounds" restating a mass in news spellings (metric tons, spelled or glued scales, a qualifier in the
# parenthesis) are weight, not sterling.
MASS_POUNDS = [
    ("The ship carried 20,000 metric tons (44 million pounds) of grain.", 44e6),
    ("The U.S. exported 2 million metric tons of soybeans, or 4.4 billion pounds.", 4.4e9),
    ("The rocket burned 1.1 million pounds (500 metric tons) of fuel.", 1.1e6),
    ("The rocket burned 1.1 million pounds (about 500 tonnes) of fuel.", 1.1e6),
    ("The ship unloaded five million tonnes (11 billion pounds) of coal.", 11e9),
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 3.3e9),
]


@pytest.mark.parametrize(("text", "value"), MASS_POUNDS)
def test_pounds_restating_metric_tons_are_weight(parsed, text, value) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("quantity", "pound")


# guards: money beside a mass that does not weigh what the pounds say, or beside another currency
MONEY_POUNDS = [
    ("The ship delivered 500 metric tons of aid, or 20 million pounds.", 20e6),
    ("The club paid 40 million pounds for the striker (about 500 million kroner).", 40e6),
    ("They sold 5 million euros (4.3 million pounds) of bonds.", 4.3e6),
]


@pytest.mark.parametrize(("text", "value"), MONEY_POUNDS)
def test_pounds_beside_no_such_mass_are_money(parsed, text, value) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("money", "GBP")


# A glued "m" before a plural unit that is no length is millions: "1.5m tonnes" is 1,500,000 metric tons, not
# 1.5 metres; the pounds beside it stay pounds.
GLUED_MILLIONS = [
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 1.5e6, "metric ton"),
    ("The plant produced 1.5m tonnes (3.3bn pounds) of steel.", 3.3e9, "pound"),
    ("The plant produced 2.5m tonnes of steel last year.", 2.5e6, "metric ton"),
    # guards: a length is still metres
    ("The tower is 300m tall.", 300, "metre"),
    ("The wall is 3m thick and 20m high.", 20, "metre"),
]


@pytest.mark.parametrize(("text", "value", "unit"), GLUED_MILLIONS)
def test_a_glued_m_before_tonnes_is_millions(parsed, text, value, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("quantity", unit)


# "short tons" and "long tons" are masses, as "metric tons" are, not counts of tons about "short tons".
NAMED_TONS = [
    ("The company shipped 3 million short tons (6 billion pounds) of coal.", 3e6, "quantity", "ton"),
    ("The bridge weighs 5,000 long tons (11.2 million pounds).", 5000, "quantity", "long ton"),
    # guards: other adjectives before a plural still count it; plain tons stay tons
    ("The team won 3 long games.", 3, "count", "game"),
    ("He made 5 short films.", 5, "count", "film"),
    ("The plant makes 10 tons of steel.", 10, "quantity", "ton"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), NAMED_TONS)
def test_short_and_long_tons_are_mass(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# A weight elsewhere in the sentence does not make a fee a weight; a weighing word that governs the pounds does.
WEIGHED_POUNDS = [
    ("The club paid 40 million pounds for the striker, who weighs 170 pounds.", 40e6, "money", "GBP"),
    ("The club paid 40 million pounds for the striker, who weighs 170 pounds.", 170, "quantity", "pound"),
    # guards
    ("The rocket, which weighs 1.4 million pounds, launched on Monday.", 1.4e6, "quantity", "pound"),
    ("The satellite has a weight of 5,000 pounds.", 5000, "quantity", "pound"),
    ("Weighing 300 pounds, the bear was the largest seen.", 300, "quantity", "pound"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), WEIGHED_POUNDS)
def test_only_the_weighed_pounds_are_weight(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# "pounds worth" is a value, even beside a mass that the pounds would weigh.
POUNDS_WORTH = [
    ("Britain bought 2,000 tonnes of steel, or 4.4 million pounds worth.", 4.4e6, "money", "GBP"),
    ("Britain bought 2,000 tonnes of steel, or 4.4 million pounds' worth.", 4.4e6, "money", "GBP"),
    # guard: a restated mass without "worth" is weight
    ("The U.S. exported 2 million metric tons of soybeans, or 4.4 billion pounds.", 4.4e9, "quantity", "pound"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_WORTH)
def test_pounds_worth_is_money(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# Units of commodity, farm and radiation news are measures of what follows, not a count of themselves.
NEWS_UNITS = [
    ("The mine produced 500,000 troy ounces of gold.", 5e5, "troy ounce", "gold"),
    ("Farmers harvested 2 billion bushels of corn.", 2e9, "bushel", "corn"),
    ("Workers received doses of 250 millisieverts.", 250, "millisievert", "doses"),
    ("Levels of 3.8 microsieverts per hour were measured.", 3.8, "microsievert per hour", "Levels"),
    ("Tests found 500 Bq/kg of cesium.", 500, "becquerel per kilogram", "cesium"),
    # near misses: a plain ounce, and a price per ounce, stay as they were
    ("He bought 3 ounces of gold.", 3, "ounce", "gold"),
    ("Levels reached 20 mSv.", 20, "millisievert", "Levels"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), NEWS_UNITS)
def test_commodity_and_radiation_units_are_quantities(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit, f.about) == ("quantity", unit, about)


# "pounds of" a thing that is no money weigh it, even after a money verb; "pounds of" money, and scaled pounds
# (British copy's "2 billion pounds of arms"), stay sterling.
POUNDS_OF_A_THING = [
    ("He sold three pounds of methamphetamine.", 3, "quantity", "pound"),
    ("She bought 40 pounds of beef for the party.", 40, "quantity", "pound"),
    # near misses
    ("He spent 200 pounds of his wages on the tickets.", 200, "money", "GBP"),
    ("They raised ten pounds of donations.", 10, "money", "GBP"),
    ("The UK sold 2 billion pounds of arms to Saudi Arabia.", 2e9, "money", "GBP"),
    ("She paid three pounds for a coffee.", 3, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_OF_A_THING)
def test_pounds_of_a_thing_are_weight(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)


# Large "pounds of" a thing are its weight too in a story that never names sterling ("recalled 2 million pounds of
# beef"); where the story has "£", "sterling" or pounds converted into dollars, they are money.
LARGE_POUNDS_OF_A_THING = [
    ("The company recalled 2 million pounds of beef.", 2e6, "quantity", "pound"),
    ("Agents seized 20,000 pounds of marijuana.", 2e4, "quantity", "pound"),
    ("The US produced 13 billion pounds of cheese, worth $20 billion.", 13e9, "quantity", "pound"),
    # near misses: sterling named in the story, pounds converted into dollars, money things, no "of"
    (
        "Britain licensed 4.6 billion pounds ($5.7 billion) of exports. It also sold 2 billion pounds of fighter jets.",
        2e9,
        "money",
        "GBP",
    ),
    ("The UK sold 2 billion pounds ($2.5 billion) of jets to Saudi Arabia.", 2e9, "money", "GBP"),
    ("The firm sold 3 million pounds of steel, up from £2 million.", 3e6, "money", "GBP"),
    ("The government spent 40 million pounds of taxpayers' money.", 4e7, "money", "GBP"),
    ("The club paid 40 million pounds for the striker.", 4e7, "money", "GBP"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), LARGE_POUNDS_OF_A_THING)
def test_large_pounds_of_a_thing_are_weight_outside_a_sterling_story(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
