"""Figures: an estimate's frame ("to the tune of", "in the region of", "on the order of") before a qualifier of its
own ("to the tune of about $2 billion") is part of the figure's qualifier, so its noun is not what the figure
measures: 'drained the battery to the tune of about 4% per hour' was about 'tune' (s24 audit row 35)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

FRAMED = [
    (
        "In our testing, an 87W dock still drained the battery to the tune of about 4% per hour.",
        "to the tune of about 4% per hour",  # a rate: test_figures_percent_rates
        "approximately",
    ),
    ("The debt grew to the tune of about $2 billion.", "to the tune of about $2 billion", "approximately"),
    (
        "Costs are in the region of roughly 500 million euros.",
        "in the region of roughly 500 million euros",
        "approximately",
    ),
    ("The company owes debts to the tune of more than $2 billion.", "to the tune of more than $2 billion", "more than"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), FRAMED)
def test_a_frame_before_a_qualifier_is_part_of_it(parsed, text, figure, qualifier):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] == [qualifier]
    assert "tune" not in (hits[0].about or "") and "region" not in (hits[0].about or "")


# near misses: a frame alone, a qualifier alone
KEPT = [
    ("Payments went to farmers, to the tune of $28 billion.", "to the tune of $28 billion", "approximately"),
    ("The fire destroyed about 500 homes.", "about 500", "approximately"),
    # review s24 round 2, finding 11: 'of the order of' read literally
    ("The cancellation of the order of about 100 jets hurt Boeing.", "about 100", "approximately"),
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), KEPT)
def test_other_qualifiers_stay(parsed, text, figure, qualifier):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] == [qualifier]
