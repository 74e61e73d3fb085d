"""Figures: "up to N" is a level reached, not a bound, when "up" belongs to the verb before it ("top up to 80
percent", "the costs add up to $5 billion", "ramp up to 5,000 cars a week") or follows a "from" level ("rose from
$5 up to $8"), as it already was after a motion verb ("the toll went up to 45"). At base 'top up to 80-percent'
read "up to 80 %" (change '<')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LEVELS = [
    ("Audi says the Sportback 55 should be able to top up to 80-percent in under thirty minutes.", "80-percent"),
    ("The costs add up to $5 billion.", "$5 billion"),
    ("They plan to ramp up to 5,000 cars a week.", "5,000"),
    ("Prices rose from $5 up to $8.", "$8"),
]


@pytest.mark.parametrize(("text", "figure"), LEVELS)
def test_up_to_after_a_particle_verb_is_a_level(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [(f.qualifier, f.direction) for f in hits] == [(None, None)]


# near misses: "up to" after a verb that takes it as a bound, or after "to" / a noun
BOUNDS = [
    "Dashlane allows you to manage up to 50 passwords.",
    "Each patient is wired to up to ten devices.",
    "It can raise up to $12.9bn.",
    "The suspect faces up to 10 years in prison.",
]


@pytest.mark.parametrize("text", BOUNDS)
def test_other_up_to_stays_a_bound(parsed, text):
    assert [f.qualifier for f in figures_of(parsed, text)] == ["up to"]
