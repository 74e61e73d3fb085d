"""Conflicts: a portion of some stuff ("5 hours of battery life", "$125 billion worth of Chinese goods") or a part of a
group ("some 60 of the 737 Max jets") is one portion among others, which no other portion nor the whole contradicts;
and a sentence that gives one thing two values itself either changes it ("increased from 10% to 25%": 10% was) or
tells two things apart ("the 15% tariffs on ... the 25% tariffs on ..."). Totals and measured things still clash."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of


def test_two_amounts_of_stuff_are_two_portions(parsed) -> None:
    a, b = "The earbuds give 5 hours of battery life.", "The speaker gives 24 hours of battery life."
    assert conflicts_of(parsed, a, b) == []
    a, b = "Tariffs cover $125 billion worth of Chinese goods.", "Tariffs cover $360 billion worth of Chinese goods."
    assert conflicts_of(parsed, a, b) == []
    a, b = "The rocket can carry 100 metric tons of cargo.", "The capsule can carry 6 metric tons of cargo."
    assert conflicts_of(parsed, a, b) == []


def test_a_part_of_a_group_is_no_count_of_it(parsed) -> None:
    a = "Boeing won bids for some 60 of the Max jets. The airline's fleet of 400 Max jets was grounded."
    assert conflicts_of(parsed, a) == []
    a, b = "Ten of the 18 staffers were working overtime.", "Twelve of the 18 staffers were working overtime."
    assert conflicts_of(parsed, a, b) == []


def test_the_former_level_of_a_change_was(parsed) -> None:
    a, b = "Tariffs were raised from 10% to 25% in May.", "Tariffs are 25%, the minister said."
    assert conflicts_of(parsed, a, b) == []
    a, b = "Officials said 500 people have died, up from 400 on Monday.", "Officials said 500 people have died."
    assert conflicts_of(parsed, a, b) == []


def test_a_sentence_that_tells_two_values_apart(parsed) -> None:
    a = "Tariffs on consumer goods are 15% and tariffs on machinery are 25%."
    assert conflicts_of(parsed, a, "Tariffs are 20%, the minister said.") == []


# Near misses: totals, measured things and the new level of a change still clash.
def test_totals_and_measured_things_still_clash(parsed) -> None:
    a, b = "SoftBank committed a $9.5 billion lifeline.", "SoftBank committed an $8 billion lifeline."
    assert conflicts_of(parsed, a, b) == [[8e9, 9.5e9]]
    a, b = "The fire has burned 5,000 acres.", "The fire has burned 7,000 acres."
    assert conflicts_of(parsed, a, b) == [[5000, 7000]]
    a, b = "The airline's fleet of 400 Max jets was grounded.", "The airline's fleet of 500 Max jets was grounded."
    assert conflicts_of(parsed, a, b) == [[400, 500]]


def test_the_new_level_of_a_change_still_clashes(parsed) -> None:
    a, b = "Tariffs were raised from 10% to 25% in May.", "Tariffs are 15%, the minister said."
    assert conflicts_of(parsed, a, b) == [[15, 25]]
    a, b = "Officials said 500 people have died, up from 400 on Monday.", "Officials said 450 people have died."
    assert conflicts_of(parsed, a, b) == [[450, 500]]


def test_a_rate_before_its_noun_names_which_one(parsed) -> None:
    a = "The firms fear a 15 percent tariff on another $160 billion of goods."
    b = "Officials imposed a 25% tariff on steel imports."
    assert conflicts_of(parsed, a, b) == []


# Near misses: a rate stated of the thing, and a money amount before its noun, still clash.
def test_a_rate_stated_of_the_thing_still_clashes(parsed) -> None:
    a, b = "The tariff on steel imports is 15 percent.", "The tariff on steel imports is 25 percent."
    assert conflicts_of(parsed, a, b) == [[15, 25]]
