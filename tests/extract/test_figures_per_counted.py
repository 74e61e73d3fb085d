"""Figures (brief s29, s28 probe F7/F27): a number after "per" that follows a counted noun is the rate's denominator
("300 cases per 100,000 people": unit "case per 100,000 people"), not a count of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, unit_of

RATES = [
    ("Some 300 cases per 100,000 people were recorded.", "Some 300", "case per 100,000 people"),
    ("Infant mortality fell to 5.2 deaths per 1,000 live births.", "5.2", "death per 1,000 live births"),
    ("The county recorded 45 infections per 100,000.", "45", "infection per 100,000"),
    ("Water costs $3 per 1,000 gallons.", "$3 per 1,000 gallons", "USD per 1,000 gallons"),
    # as before
    ("The disease causes 12 deaths per day.", "12", "death per day"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), RATES)
def test_a_number_after_per_is_the_denominator(parsed, text, figure, unit):
    figs = figures_of(parsed, text)
    got = {f.text: unit_of(f) for f in figs}
    assert got.get(figure) == unit, got
    assert len(figs) == 1, got  # the denominator is no figure of its own


KEPT = [
    ("He counted 300 cases, per 2019 figures.", "300", "case"),  # a comma, then "per" a source
    ("Officials counted 300 cases and 100,000 people were tested.", "100,000", "people"),
]


@pytest.mark.parametrize(("text", "figure", "unit"), KEPT)
def test_no_rate_without_per_after_the_noun(parsed, text, figure, unit):
    got = {f.text: unit_of(f) for f in figures_of(parsed, text)}
    assert got.get(figure) == unit, got
