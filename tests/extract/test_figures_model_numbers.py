"""Figures (s28 F30, probe s29 re-check HIGH): "Boeing plans to build 38 737 jets a month" read 38,737 jets (SI
thousands). A three-digit group the story writes elsewhere as a product's number ("the 737 Max", "Boeing 737 jets")
is that model's number: 38 jets. Without that evidence the sentence stays SI thousands ("Amazon hired 25 300
workers" has a maker's name too)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MODELS = [
    "Boeing plans to build 38 737 jets a month. The 737 Max was grounded in 2019.",
    "Boeing plans to build 38 737 jets a month. Boeing 737 jets were grounded in 2019.",
    "The 737 Max was grounded in 2019. Boeing plans to build 38 737 jets a month.",
]


@pytest.mark.parametrize("text", MODELS)
def test_a_model_number_written_elsewhere_is_no_thousands(parsed, text):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get("38") == 38.0 and "38 737" not in got and "737" not in got, got


THOUSANDS = [
    ("About 25 300 people were evacuated. The Route 300 bus stopped.", "About 25 300", 25300.0),
    ("Amazon hired 25 300 workers.", "25 300", 25300.0),
    ("About 25 300 people were evacuated. Officials said 300 of them were children.", "About 25 300", 25300.0),
]


@pytest.mark.parametrize(("text", "figure", "value"), THOUSANDS)
def test_thousands_without_a_model_elsewhere(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == value, got
