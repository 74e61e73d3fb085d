"""Figures: "up to N" after a verb that takes a bounded object is a bound (review s24 finding 1): 'could add up to
10,000 jobs', 'will bring up to 5,000 refugees', 'rounded up to 40 suspects' lost their bound when every "VERB up
to N" with add/bring/build/fill/scale/step/round read as a level reached. Those verbs keep the level only with an
object pronoun before "up" ('brought that up to about 43 dBa') or, for "add", as a sum ('The costs add up to $5
billion'); top/ramp/tick/jack/ratchet/crank/sum never take a bounded object."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

BOUNDS = [
    ("The developer plans to build up to 500 homes on the site.", "up to 500"),
    ("The project could add up to 10,000 jobs over a decade.", "up to 10,000"),
    ("The tariffs could add up to $1,000 to the price of a car.", "up to $1,000"),
    ("The program will bring up to 5,000 refugees to Canada next year.", "up to 5,000"),
    ("Officials said the plant would scale up to 2,000 workers.", "up to 2,000"),
    ("The bill would step up to $500 million in aid.", "up to $500 million"),
    ("Police rounded up to 40 suspects in the raid.", "up to 40"),
    ("The tank can fill up to 50 gallons.", "up to 50 gallons"),
    ("The new line could bring up to $2 billion in revenue.", "up to $2 billion"),
    # review s24 round 3, finding A: conditional and singular 'will' adds, 'in'/'to' what is added
    ("The plan would add up to $2 billion in revenue.", "up to $2 billion"),
    ("The tax will add up to $500 a year.", "up to $500 a year"),
    ("The rule should add up to 400 jobs.", "up to 400"),
    ("The tariff will add up to $1,000 to the price.", "up to $1,000"),
]


@pytest.mark.parametrize(("text", "figure"), BOUNDS)
def test_a_bounded_object_keeps_up_to(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] == ["up to"]


# near misses: a sum, a verb that never takes a bounded object, an object pronoun before "up"
LEVELS = [
    ("The costs add up to $5 billion.", "$5 billion"),
    # review s24 round 2, finding 1: a sum with a plural unit, an attribution or a sentence after it, 'will'
    ("The costs add up to $5 billion, officials said.", "$5 billion"),
    ("The costs add up to $5 billion. Investors were not told.", "$5 billion"),
    ("The delays add up to 40 hours a year.", "40 hours a year"),
    ("Her fines add up to 5,000 euros.", "5,000 euros"),
    ("The savings will add up to $300 a year.", "$300 a year"),
    ("Tesla plans to ramp up to 5,000 cars a week.", "5,000"),
    ("The fans brought that up to about 43 dBa.", "about 43 dBa"),
]


@pytest.mark.parametrize(("text", "figure"), LEVELS)
def test_a_level_reached_has_no_up_to(parsed, text, figure):
    hits = [f for f in figures_of(parsed, text) if f.text == figure]
    assert [f.qualifier for f in hits] in (["approximately"], [None])
