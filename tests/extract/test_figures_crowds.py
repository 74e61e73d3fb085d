"""Figures: a vague number with no noun that marches, protests, rallies, gathers, flees or attends is a crowd of
people ("Thousands marched in Hong Kong": a count of people, as "Hundreds were arrested" already was)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CROWDS = [
    ("Thousands marched in Hong Kong.", 1000.0),
    ("Hundreds of thousands marched in Hong Kong.", 100000.0),
    ("Tens of thousands protested on Sunday.", 10000.0),
    ("Thousands attended the funeral.", 1000.0),
]


@pytest.mark.parametrize(("text", "value"), CROWDS)
def test_a_crowd_counts_people(parsed, text, value):
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == [(value, "count", "people")]


# near misses: a noun of its own is counted; another verb says nothing of people
KEPT = [
    ("Thousands of birds gathered.", "bird"),
    ("Millions watched the debate.", None),
]


@pytest.mark.parametrize(("text", "unit"), KEPT)
def test_other_vague_numbers_stay(parsed, text, unit):
    assert [f.unit for f in figures_of(parsed, text)] == [unit]


# review s22 r1 LOW-5: a plain number with no noun that protests or marches is a crowd too; "The two" refers
DIGIT_CROWDS = [
    ("Over 100,000 protested in Paris on Saturday.", 100000.0),
    ("About 5,000 marched through the city.", 5000.0),
]


@pytest.mark.parametrize(("text", "value"), DIGIT_CROWDS)
def test_a_plain_number_crowd_counts_people(parsed, text, value):
    assert [(f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == [(value, "count", "people")]


def test_a_determiner_number_refers(parsed):
    assert figures_of(parsed, "The two marched.") == []


# s23: a state only people are in, said of a number with no noun, is a count of people ("Five remain missing")
PEOPLE_STATES = [
    ("Dozens were missing after the storm.", 12.0),
    ("Hundreds are feared dead.", 100.0),
    ("Five remain missing.", 5.0),
    ("The death toll from the floods rose to 56, with dozens still missing.", 12.0),
    ("Two were still unaccounted for.", 2.0),
]


@pytest.mark.parametrize(("text", "value"), PEOPLE_STATES)
def test_a_state_of_people_counts_people(parsed, text, value):
    figs = [f for f in figures_of(parsed, text) if f.value == value]
    assert [(f.kind, f.unit, f.about) for f in figs] == [("count", "people", "people")]


# near misses: a noun of its own, a determiner (refers), a share
def test_other_numbers_in_a_state_stay(parsed):
    assert [f.unit for f in figures_of(parsed, "Two files were missing.")] == ["file"]
    assert figures_of(parsed, "The two were missing.") == []
    assert [f.unit for f in figures_of(parsed, "5 percent were missing.")] == ["%"]


# probe s29 F21 MED: "took part" / "turned out" with a bare number is a crowd of people
JOINED = [
    ("The organisers claimed 250,000 took part nationwide.", "250,000"),
    ("Police said 250,000 took part nationwide.", "250,000"),
    ("Some 250,000 took part in the march, organisers said.", "Some 250,000"),
    ("Some 40,000 turned out in the rain.", "Some 40,000"),
]


@pytest.mark.parametrize(("text", "figure"), JOINED)
def test_a_number_that_took_part_counts_people(parsed, text, figure):
    got = {f.text: (f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("count", "people"), got


@pytest.mark.parametrize(
    "text",
    ["The 250 took part too.", "Sales of 250,000 turned out lower.", "The figure of 250,000 turned out to be wrong."],
)
def test_other_numbers_that_took_part_or_turned_out_stay(parsed, text):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert "people" not in got.values(), got


@pytest.mark.parametrize(
    "text",
    [
        "Of the samples tested, 300 turned out positive.",  # review s29 rev1 RF7: "turned out" as a copula
        "Sales were strong: 1,200 turned out to be fakes, investigators later said.",
    ],
)
def test_turned_out_as_a_copula_is_no_crowd(parsed, text):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert "people" not in got.values(), got
