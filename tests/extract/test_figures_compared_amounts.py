"""Figures (brief s29, s28 probe F6/F34/F38): "more"/"less"/"fewer" right after an amount give its direction, as
"higher"/"lower" do ("Households will pay £200 less a year", "30% fewer arrests"); a bound, a hedge, a count of
further ones, money "more" as much again ("pay 50 cents more per barrel") and "less" as minus ("15.06% less fees")
give none."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

DIRECTED = [
    ("Households will pay £200 less a year under the plan.", "£200", "down"),
    ("The new model costs £300 more than the old one.", "£300", "up"),
    ("There were 30% fewer arrests this year.", "30%", "down"),
    ("There were 1,200 fewer deaths than in 2019.", "1,200", "down"),
    ("Households will pay £200 more a year.", "£200", "up"),
    ("It now costs $60 less.", "$60", "down"),
    ("Smokers are 30% more likely to die.", "30%", "up"),
    ("In-feed units are 20% less profitable than widgets.", "20%", "down"),
    # as before
    ("Sales were 47% lower than a year earlier.", "47%", "down"),
    ("Shares closed at $12, down 3% on the day.", "3%", "down"),
    ("The company reported a 5% drop in profits.", "5%", "down"),
]


@pytest.mark.parametrize(("text", "figure", "direction"), DIRECTED)
def test_a_comparative_after_an_amount_gives_its_direction(parsed, text, figure, direction):
    got = {f.text: f.direction for f in figures_of(parsed, text)}
    assert got.get(figure) == direction, got


UNDIRECTED = [
    ("Three more people died on Sunday.", "Three"),  # as many again, no change of a level
    ("He has 3 more children.", "3"),
    ("It will cost $5 more or less.", "$5"),  # a hedge
    ("The plan costs £200 or more.", "£200 or more"),  # a bound
    ("The law requires 10 or more votes.", "10 or more"),
    ("He spent 47% of his time abroad.", "47%"),
    # "more" after money is as much again but before "than" or a time ("They paid $20 more for tickets")
    ("They paid $20 more for tickets.", "$20"),
    ("Iraq asked its clients to pay 50 cents more per barrel of oil.", "50 cents"),
    ("If they had just $50 more, they would have paid.", "$50"),
    # "less" before what it subtracts is minus
    ("The bonds were priced to yield 15.06% less fees.", "15.06%"),
    ("The bonds yield 7.86% less full fees.", "7.86%"),
]


@pytest.mark.parametrize(("text", "figure"), UNDIRECTED)
def test_no_direction_without_a_compared_amount(parsed, text, figure):
    got = {f.text: f.direction for f in figures_of(parsed, text)}
    assert figure in got and got[figure] is None, got


def test_a_fewer_count_counts_its_noun(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "There were 1,200 fewer deaths than in 2019.")}
    assert got["1,200"] == "deaths", got


# probe s29 F22 MED: a percent or money right before "below"/"above" a reference differs from it
REFERENCED = [
    ("The house sold 15% below its asking price.", "15%", "down"),
    ("Shares closed 8% above their offer price.", "8%", "up"),
    ("The option was $2 below the strike price.", "$2", "down"),
    ("The fund returned 10% above average.", "10%", "up"),
]


@pytest.mark.parametrize(("text", "figure", "direction"), REFERENCED)
def test_an_amount_below_or_above_a_reference(parsed, text, figure, direction):
    got = {f.text: f.direction for f in figures_of(parsed, text)}
    assert got.get(figure) == direction, got


UNREFERENCED = [
    ("Inflation stayed below 2%.", "below 2%"),  # a bound before the figure
    ("The rate was 5%, above all expectations.", "5%"),
    ("He paid 5% above.", "5%"),
]


@pytest.mark.parametrize(("text", "figure"), UNREFERENCED)
def test_no_direction_without_a_reference(parsed, text, figure):
    got = {f.text: f.direction for f in figures_of(parsed, text)}
    assert figure in got and got[figure] is None, got
