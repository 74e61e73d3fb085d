"""Figures (probe s28 F2, F30): one digit and a group of three before a word in lower case are thousands written with
a space ("1 200 people were evacuated", numbers._one_digit_thousands), as "12 000" already was; a bare three-digit
number right after a count is a model's number, no second count ("build 38 737 jets a month", "ordered 20 787
Dreamliners": labels._model_after_count). Not a day before a count ("On March 5 200 people died"), nor a year ("In
2019 300 people died")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

THOUSANDS = [
    ("The government said 1 200 people were evacuated.", "1 200", 1200.0),
    ("The Red Cross distributed 9 500 tents and 2 300 blankets.", "9 500", 9500.0),
    ("The Red Cross distributed 9 500 tents and 2 300 blankets.", "2 300", 2300.0),
]


@pytest.mark.parametrize(("text", "figure", "value"), THOUSANDS)
def test_one_digit_and_a_group_are_thousands(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got


MODELS = [
    ("Boeing plans to build 38 737 jets a month.", ["38"]),
    ("The airline ordered 20 787 Dreamliners.", ["20"]),
    ("The airline ordered 5 737 Max jets.", ["5"]),
    # a day or a year (no figure of figures_of), then the count
    ("On March 5 200 people died.", ["200"]),
    ("In 2019 300 people died.", ["300"]),
]


@pytest.mark.parametrize(("text", "figures"), MODELS)
def test_a_model_number_after_a_count_is_no_figure(parsed, text, figures):
    assert [f.text for f in figures_of(parsed, text)] == figures
