"""Figures: a number inside a short quoted phrase that names the noun after it ("the “one country, two systems”
formula", "the “Starts with one” campaign") names a formula or campaign, it counts nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

NAMES = [
    "China said it is committed to the “one country, two systems” formula granting Hong Kong autonomy.",
    "China is committed to the 'one country, two systems' formula.",
    "When developing the “Starts with one” campaign, the department did extensive research.",
    "The 'two-state' plan failed.",
]


@pytest.mark.parametrize("text", NAMES)
def test_a_quoted_name_counts_nothing(parsed, text):
    assert [f.text for f in figures_of(parsed, text)] == []


# near misses: a quoted count before a plural, a quote after a verb, a quoted chance after "a", a possessive
KEPT = [
    ('Police found "about 20" bodies.', ["about 20"]),
    ('He said "two people" died.', ["two"]),
    ('There is a "1 in 10" chance of rain.', ["1 in 10"]),
    ("The workers' 5 demands were met.", ["5"]),
    ('The "20%" rule applies.', ["20%"]),
    # review s24 round 2, finding 4: a number alone in quotes is a disputed value
    ('Officials disputed the "40,000" death toll reported by the ministry.', ["40,000"]),
    ('Officials disputed the "100,000" estimate.', ["100,000"]),
    ('The party missed its "1 million" target.', ["1 million"]),
    # review s24 round 3, finding C: a bound inside the quotes
    ('Officials disputed the "more than 100,000" estimate.', ["more than 100,000"]),
    ('Officials disputed the "at least 40,000" death toll.', ["at least 40,000"]),
]


@pytest.mark.parametrize(("text", "figures"), KEPT)
def test_other_quoted_numbers_stay(parsed, text, figures):
    assert [f.text for f in figures_of(parsed, text)] == figures
