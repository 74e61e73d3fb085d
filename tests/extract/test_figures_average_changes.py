"""Figures: a change verb's object "an average of" / "a total of" does not hide the change ("Wages rose an average of
3.1%": up; "Shares fell a total of 12%": down); an average that is no change gets no direction."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CHANGES = [
    ("Wages rose an average of 3.1% over the year.", 3.1, "up"),
    ("Shares fell a total of 12% in three days.", 12.0, "down"),
]


@pytest.mark.parametrize(("text", "value", "direction"), CHANGES)
def test_an_average_of_a_change_moves(parsed, text, value, direction):
    assert one_of(figures_of(parsed, text), value).direction == direction


# near misses: the existing "by an average of", and an average paid or scored
KEPT = [
    ("It cut calorie intake by an average of 441 calories.", 441.0, "down"),
    ("They paid an average of $3,000.", 3000.0, None),
    ("He scored an average of 25 points.", 25.0, None),
]


@pytest.mark.parametrize(("text", "value", "direction"), KEPT)
def test_other_averages_stay(parsed, text, value, direction):
    assert one_of(figures_of(parsed, text), value).direction == direction


# review s22 r1 LOW-4: "an average of" / "a total of" is no about; the subject is, when there is one
AVERAGED = [
    ("Temperatures rose an average of 2 degrees.", 2.0, "Temperatures"),
    ("The team scored an average of 25 points.", 25.0, "team"),
    ("He paid an average of $3,000.", 3000.0, None),
]


@pytest.mark.parametrize(("text", "value", "about"), AVERAGED)
def test_an_average_is_no_about(parsed, text, value, about):
    assert one_of(figures_of(parsed, text), value).about == about


# near miss: what a total is spent on stays
def test_a_total_spent_on_stays(parsed):
    text = "NASA plans to spend a total of $2.6 billion on its CLPS contracts."
    assert one_of(figures_of(parsed, text), 2.6e9).about == "CLPS contracts"
