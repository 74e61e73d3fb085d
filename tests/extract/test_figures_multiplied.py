"""Figures (lead s26 inbox, probe class 7): verbs of multiplying in their -ing forms and British "trebled" are
changes as "doubled" and "tripled" are ("Profits trebled to $3m": up 200%); "doubling-down" is an idiom."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CHANGES = [
    ("Operating profit trebled to £12m last year.", "trebled", 200.0),
    ("The airline is doubling its fleet by 2030.", "doubling", 100.0),
    ("Rents have been tripling in some districts.", "tripling", 200.0),
]


@pytest.mark.parametrize(("text", "figure", "value"), CHANGES)
def test_a_multiplying_verb_is_a_change(parsed, text, figure, value):
    got = {f.text: (f.value, f.kind, f.direction) for f in figures_of(parsed, text)}
    assert got.get(figure) == (value, "percent", "up"), got


def test_a_doubling_down_is_no_change(parsed):
    assert [f.text for f in figures_of(parsed, "The senator's doubling-down on the claim drew criticism.")] == []


# review s26 rev3f 5: "doubling as", "doubling back", "doubling over in pain" are no changes; "doubled over the year" is
IDIOMS = [
    "The arena, doubling as a field hospital, reopened on Monday.",
    "Doubling back, the driver escaped through a side street.",
    "The striker was doubling over in pain after the tackle.",
]


@pytest.mark.parametrize("text", IDIOMS)
def test_multiplying_idioms_are_no_change(parsed, text):
    assert [f.text for f in figures_of(parsed, text)] == []


def test_doubled_over_a_period_is_a_change(parsed):
    got = {f.text: f.value for f in figures_of(parsed, "Sales doubled over the past year.")}
    assert got.get("doubled") == 100.0, got
