"""Figures (probe s29 F4 MED): "Side effects were reported in 1 in 10 participants" gave '1' and '10 participants'
("one in 10 participants" only '10 participants'): a share after "in"/"among"/"for" was refused as a number followed
by where or when ("scored 3 in 10 games"). Now a share of a plural noun of people there is one row, 1 in 10."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHARES = [
    ("Side effects were reported in 1 in 10 participants.", "1 in 10", 0.1),
    ("Side effects were reported in one in 10 participants.", "one in 10", 0.1),
    ("The drug worked in 3 in 10 patients.", "3 in 10", 0.3),
    ("About 3 in 10 adults are obese.", "About 3 in 10", 0.3),  # as before
]


@pytest.mark.parametrize(("text", "figure", "value"), SHARES)
def test_a_share_among_people(parsed, text, figure, value):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert got.get(figure) == pytest.approx(value), got


KEPT = [
    ("He scored 3 in 10 games.", "3"),
    ("The tour stops in 3 in 10 cities.", "3"),  # no people
    ("Side effects were reported in 1 in 10.", "1"),  # no noun
]


@pytest.mark.parametrize(("text", "figure"), KEPT)
def test_no_share_without_people(parsed, text, figure):
    got = {f.text: f.value for f in figures_of(parsed, text)}
    assert figure in got, got
