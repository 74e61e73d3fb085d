"""Figures (probe s27 class 4; review s27 rev2f 5-7): a paragraph that writes more figures in continental notation
beyond doubt ("8,3 million people", "11,8 percent", "1.500.000 residents") than in English notation beyond doubt ("2,500
stores", "1.5 million"), or with no evidence either way, a text that does in its lines with a verb, groups thousands
with dots in "9.600 million euros" too (numbers._writes_decimal_commas, read once per paragraph): 9.6 billion, not 9.6
million. Otherwise one dotted group before a scale word stays English decimals ("$1.500 billion"): an IP address is no
evidence, nor "In 2023,12 people", nor a table in another paragraph, nor a paragraph with as much English evidence."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "The number of tourists reached 8,3 million people. The income for the tourism was of 9.600 million euros.",
        "9.600 million euros",
        9.6e9,
    ),
    ("Unemployment descended to 11,8 percent. The inversion was of 1.200 million euros.", "1.200 million euros", 1.2e9),
    ("The fund holds 1.250 million euros; the city has 1.500.000 residents.", "1.250 million euros", 1.25e9),
    # review s27 rev3f 2, 3: a paragraph with no evidence takes the text's; "1.500.000.000" is no IP address
    (
        "Tourism brought 8,3 million visitors to the region last year.\n\nRevenue from tourism reached 9.600 million"
        " euros, the ministry said.",
        "9.600 million euros",
        9.6e9,
    ),
    (
        "Revenue from tourism in the\nregion reached 9.600 million euros after 8,3 million visits.",
        "9.600 million euros",
        9.6e9,
    ),  # review s27 rev4f 5: a hard wrap after a line of words goes on with the paragraph
    (
        "The state will invest 1.500.000.000 euros in roads. The plan also sets aside 2.300 million euros for rail.",
        "2.300 million euros",
        2.3e9,
    ),
]


@pytest.mark.parametrize(("text", "figure", "value"), CASES)
def test_a_continental_text_groups_thousands_with_dots(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


KEPT = [
    ("The company earned $1.500 billion last year.", "$1.500 billion", 1.5e9),
    ("The company earned $1.500 billion last year, from 2,500 stores.", "$1.500 billion", 1.5e9),
    # review s27 rev2f 5, 6
    (
        "Attackers routed traffic through a server at 185.220.101.145, investigators said. The company raised $1.250"
        " billion in senior notes last week.",
        "$1.250 billion",
        1.25e9,
    ),
    ("In 2023,12 people died on the road. The company raised $1.500 billion from investors.", "$1.500 billion", 1.5e9),
    (
        "Results by region (units sold, growth):\nNorth  12,40  3,1%\nSouth  9,05  2,7%\n\nThe group raised $1.250"
        " billion in bonds.",
        "$1.250 billion",
        1.25e9,
    ),
    (
        "Results by region (units sold, growth):\nNorth  12,40  3,1%\nSouth  9,05  2,7%\nThe group raised $1.250"
        " billion in bonds.",
        "$1.250 billion",
        1.25e9,
    ),  # review s27 rev3f 2: a table's rows, one line each, are no evidence for the copy
    (
        "Shares rose 2,5 percent. The firm sold 2,500 cars and 1,200 vans and raised $1.250 billion.",
        "$1.250 billion",
        1.25e9,
    ),
]


@pytest.mark.parametrize(("text", "figure", "value"), KEPT)
def test_an_english_text_keeps_dotted_decimals(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


# probe s28 F3: the low end of a range is written as its high end ("between 3.000 and 5.000 euros" was 2,501.5)
RANGE_ENDS = [
    ("Smugglers charged between 3.000 and 5.000 euros per person.", "3.000 and 5.000 euros per person", 4000.0),
    ("The index rose between 1.500 and 2.500 points.", "1.500 and 2.500 points", 2000.0),
    ("Yields moved between 4.500 and 4.750.", "4.500 and 4.750", 4.625),  # no unit: English decimals, as alone
]


@pytest.mark.parametrize(("text", "figure", "value"), RANGE_ENDS)
def test_a_range_reads_both_ends_alike(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got
