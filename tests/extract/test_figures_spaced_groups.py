"""Figures (probe s28 F2, F30; review s28 rev1 R1F-3, R1F-4): one to three digits and a group of three before a word
in lower case or a people's name are thousands written with a space ("1 200 people were evacuated", "About 25 300
people", "Some 7 400 Syrian refugees": numbers._one_digit_thousands), as "12 000" already was; a bare three-digit
number right after a count and before a name is a model's number, no second count ("ordered 20 787 Dreamliners":
labels._model_after_count). Not after a label's number or a day ("After Chapter 11 300 jobs", "On March 5 200
people died"), nor a year ("In 2019 300 people died"). "Boeing plans to build 38 737 jets" is read as 38,737 jets:
nothing but the maker tells it from "Amazon hired 25 300 workers" (left)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

THOUSANDS = [
    ("The government said 1 200 people were evacuated.", "1 200", 1200.0),
    ("About 25 300 people were evacuated and 12 500 homes lost power.", "About 25 300", 25300.0),
    ("About 25 300 people were evacuated and 12 500 homes lost power.", "12 500", 12500.0),
    ("Some 7 400 Syrian refugees crossed the border last month.", "Some 7 400", 7400.0),
    ("The province recorded 18 450 new infections and 230 deaths.", "18 450", 18450.0),
    ("The Red Cross distributed 9 500 tents and 2 300 blankets.", "9 500", 9500.0),
    ("The Red Cross distributed 9 500 tents and 2 300 blankets.", "2 300", 2300.0),
]


@pytest.mark.parametrize(("text", "figure", "value"), THOUSANDS)
def test_one_digit_and_a_group_are_thousands(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


MODELS = [
    ("The airline ordered 20 787 Dreamliners.", ["20"]),
    ("The airline ordered 5 737 Max jets.", ["5"]),
    # a day or a year (no figure of figures_of), then the count
    ("On March 5 200 people died.", ["200"]),
    ("In 2019 300 people died.", ["300"]),
    # a label's number, then the count
    ("After Chapter 11 300 jobs were cut at the plant.", ["300"]),
    ("In Zone 3 600 homes lost power overnight.", ["600"]),
]


@pytest.mark.parametrize(("text", "figures"), MODELS)
def test_a_model_number_after_a_count_is_no_figure(parsed, text, figures):
    assert [f.text for f in figures_of(parsed, text)] == figures
