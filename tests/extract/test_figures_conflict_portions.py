"""Conflicts: portions and rates are keyed by what tells them apart, not dropped. A part of a group ("some 60 of the
737 Max jets") is keyed apart from the whole and clashes with another report of the part; an amount of some stuff
("5 hours of battery life") is keyed by who or what gives it, so the same stuff given by different things is no
clash but two reports of one storm's rain are; a percent is keyed by the modifier of its noun ("a 25% tariff on
steel"); a money value "worth of" goods is a tranche; and the former level of a change ("increased from 10% to 25%")
was. Two reports that disagree still clash (review s19 r1 HIGH-6)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of

# Review s19 r1 MED-23: what tells portions apart is who or what gives or holds them, not the verb.
NO_CLASH = [
    ("The earbuds give 5 hours of battery life.", "The speaker gives 24 hours of battery life."),
    ("The Pixel 8 has 24 hours of battery life.", "The iPhone 15 has 20 hours of battery life."),
    ("The rocket can carry 100 metric tons of cargo.", "The capsule can carry 6 metric tons of cargo."),
    ("Amazon holds a 10% stake in Rivian.", "Ford holds a 12% stake in Rivian."),
    # review s19 r2 MED-2: the same adverb before both verbs hides no subject (the parse gives it)
    ("The earbuds easily give 5 hours of battery life.", "The speaker easily gives 24 hours of battery life."),
    ("Amazon quietly holds a 10% stake in Rivian.", "Ford quietly holds a 12% stake in Rivian."),
    ("The earbuds give 5 hours of battery life.", "The earbuds' case gives 24 hours of battery life."),
    # review s19 r3 HIGH-4: holders that end alike are not one unless one's words end the other's
    ("Apple Inc. holds a 10% stake in Acme.", "Google Inc. holds a 12% stake in Acme."),
    ("The Russian government holds a 50% stake in Rosneft.", "The Chinese government holds a 20% stake in Rosneft."),
    ("The Galaxy S24 Ultra gives 30 hours of battery life.", "The Galaxy S23 Ultra gives 26 hours of battery life."),
    # review s19 r3 MED-8: a model number inside the name keeps two generations apart
    (
        "The iPhone 15 Pro Max gives 29 hours of video playback.",
        "The iPhone 14 Pro Max gives 25 hours of video playback.",
    ),
    ("The Pixel 8 Pro gives 24 hours of battery life.", "The Pixel 7 Pro gives 20 hours of battery life."),
    ("Tariffs cover $125 billion worth of Chinese goods.", "Tariffs cover $360 billion worth of Chinese goods."),
]


@pytest.mark.parametrize(("a", "b"), NO_CLASH)
def test_the_same_stuff_given_by_different_things_is_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_a_part_of_a_group_is_no_count_of_the_whole(parsed) -> None:
    a = "Boeing won bids for some 60 of the Max jets. The airline's fleet of 400 Max jets was grounded."
    assert conflicts_of(parsed, a) == []


def test_the_former_level_of_a_change_was(parsed) -> None:
    a, b = "Tariffs were raised from 10% to 25% in May.", "Tariffs are 25%, the minister said."
    assert conflicts_of(parsed, a, b) == []
    a, b = "Officials said 500 people have died, up from 400 on Monday.", "Officials said 500 people have died."
    assert conflicts_of(parsed, a, b) == []


def test_rates_of_differently_modified_things_are_no_clash(parsed) -> None:
    a = "Tariffs on consumer goods are 15% and tariffs on machinery are 25%."
    assert conflicts_of(parsed, a, "Tariffs on steel are 20%, the minister said.") == []
    a, b = "The firms fear a 15 percent tariff on smartphones.", "Officials imposed a 25% tariff on steel imports."
    assert conflicts_of(parsed, a, b) == []


# Near misses: two reports of one thing that disagree (the reviewer's pairs).
CLASHES = [
    ("Microsoft holds a 49% stake in OpenAI.", "Microsoft holds a 40% stake in OpenAI.", [40, 49]),
    ("The president has a 42% approval rating.", "The president has a 38% approval rating.", [38, 42]),
    ("Workers will get a 5% raise next year.", "Workers will get a 3% raise next year.", [3, 5]),
    ("A 25% tariff on steel took effect.", "Tariffs on steel were set at 20%.", [20, 25]),
    ("The storm dumped 20 inches of rain on Houston.", "The storm dumped 30 inches of rain on Houston.", [20, 30]),
    ("The storm dumped 20 inches of rain on Houston.", "The storm brought 30 inches of rain to Houston.", [20, 30]),
    # review s19 r2 MED-2: an adverb, a relative clause or a modifier between subject and verb
    (
        "The storm eventually dumped 20 inches of rain on Houston.",
        "The storm dumped 30 inches of rain on Houston.",
        [20, 30],
    ),
    ("The fire quickly burned 5,000 acres of forest.", "The fire has burned 7,000 acres of forest.", [5000, 7000]),
    (
        "The storm, which stalled over Houston, dumped 20 inches of rain.",
        "The storm dumped 30 inches of rain on Houston.",
        [20, 30],
    ),
    ("The storm in Texas dumped 20 inches of rain.", "The storm dumped 30 inches of rain in Texas.", [20, 30]),
    # review s19 r2 MED-15: a name and its shorter form, an owner before the rate's noun
    (
        "The tanker Exxon Valdez spilled 11 million gallons of oil.",
        "The Exxon Valdez spilled 10.8 million gallons of oil.",
        [1.08e7, 1.1e7],
    ),
    ("Hurricane Harvey dumped 50 inches of rain on Houston.", "Harvey dumped 60 inches of rain on Houston.", [50, 60]),
    ("Microsoft's 49% stake in OpenAI is worth billions.", "Microsoft holds a 40% stake in OpenAI.", [40, 49]),
    (
        "The iPhone 15 Pro Max gives 29 hours of video playback.",
        "The iPhone 15 Pro Max gives 25 hours of video playback.",
        [25, 29],
    ),
    ("The fire has burned 5,000 acres of forest.", "The fire has burned 7,000 acres of forest.", [5000, 7000]),
    (
        "The tanker spilled 11 million gallons of oil.",
        "The tanker spilled 10.8 million gallons of oil.",
        [1.08e7, 1.1e7],
    ),
    ("The thieves stole $5 million of gold.", "The thieves stole $3 million of gold.", [3e6, 5e6]),
    ("The quake killed 300 of the town's residents.", "The quake killed 250 of the town's residents.", [250, 300]),
    ("Ten of the 18 staffers were working overtime.", "Twelve of the 18 staffers were working overtime.", [10, 12]),
    (
        "Kyiv said 13,000 North Korean soldiers were in Kursk, while the Pentagon said 12,000 North Korean soldiers.",
        "Seoul said 12,000 North Korean soldiers were in Kursk.",
        [12000, 13000],
    ),
    ("SoftBank committed a $9.5 billion lifeline.", "SoftBank committed an $8 billion lifeline.", [8e9, 9.5e9]),
    ("The fire has burned 5,000 acres.", "The fire has burned 7,000 acres.", [5000, 7000]),
    (
        "The airline's fleet of 400 Max jets was grounded.",
        "The airline's fleet of 500 Max jets was grounded.",
        [400, 500],
    ),
    ("Tariffs were raised from 10% to 25% in May.", "Tariffs are 15%, the minister said.", [15, 25]),
    ("Officials said 500 people have died, up from 400 on Monday.", "Officials said 450 people have died.", [450, 500]),
]


@pytest.mark.parametrize(("a", "b", "values"), CLASHES)
def test_two_reports_that_disagree_still_clash(parsed, a, b, values) -> None:
    assert [sorted(v) for v in conflicts_of(parsed, a, b)] == [values]


def test_portions_of_stuff_in_one_document_are_its_own(parsed) -> None:
    a = (
        "With Fast Fuel, a 5-minute charge gives you 1 hour of playback. "
        "Elsewhere, 5 minutes of charging gives you 3 hours of playback."
    )
    assert conflicts_of(parsed, a) == []
    a = "That promises 355 horsepower and 414 lb-ft of torque. That cranks out 402 hp and almost 490 lb-ft of torque."
    assert conflicts_of(parsed, a) == []
