"""Conflicts: a bare noun takes up the thing a story named in full ("these combatants at 13,000" after "13,000
North Korean soldiers") when the story names one such thing and the values are near."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of

SEED = (
    "The deployment of up to 13,000 North Korean soldiers in southern Russia has set off alarms in the EU. "
    "South Korea has estimated the number of these combatants at 13,000."
)


def test_a_bare_noun_meets_the_full_name(parsed) -> None:
    assert conflicts_of(parsed, SEED, "Seoul said 12,000 North Korean soldiers were deployed.") == [[12000.0, 13000.0]]


def test_combatants_are_soldiers(parsed) -> None:
    other = "Ukraine's intelligence said 12,000 North Korean combatants were deployed."
    assert conflicts_of(parsed, SEED, other) == [[12000.0, 13000.0]]


def test_a_far_value_counts_a_part(parsed) -> None:
    # guard: a company's staff and a part of it named in full are no clash
    b = "Amazon laid off 9,000 warehouse employees in the region."
    assert conflicts_of(parsed, "Amazon has 30,000 employees.", b) == []


def test_two_full_names_leave_the_bare_noun_alone(parsed) -> None:
    # guard: Russian and Ukrainian soldiers are two things; bare "soldiers" joins neither
    a = "Officials said 12,000 soldiers were deployed."
    b = "Kyiv said 13,000 Russian soldiers and 11,000 Ukrainian soldiers were deployed."
    assert conflicts_of(parsed, a, b) == []


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("Amazon employs 12,000 employees in the state.", "Its 9,000 warehouse employees will get a raise."),
        ("The school has 1,200 students this year.", "About 900 international students are enrolled at the school."),
        ("The union represents 30,000 workers.", "About 25,000 auto workers went on strike."),
        ("The hospital has 600 beds.", "The new wing adds 450 intensive care beds."),
    ],
)
def test_a_part_named_by_a_common_word_is_no_clash(parsed, whole, part) -> None:
    # guards (review r1 HIGH-3): a lower-case modifier names a part of the whole, which its bare count includes
    assert conflicts_of(parsed, whole, part) == []


@pytest.mark.parametrize(
    ("whole", "part"),
    [
        ("Turnout reached 2 million voters on Tuesday.", "About 1.5 million Democratic voters cast ballots early."),
        ("The district has 40,000 students.", "About 30,000 Hispanic students attend district schools."),
        ("The city has 800,000 residents.", "About 600,000 Black residents live in the city."),
        ("The hospital treated 100 patients on Monday.", "About 80 COVID patients remain in intensive care."),
        ("Nearly 200 flights were canceled.", "About 150 American flights were canceled."),
        ("The fire forced 10,000 residents to flee.", "About 8,000 Lahaina residents lost their homes."),
    ],
)
def test_a_part_named_by_a_capitalised_word_is_no_clash(parsed, whole, part) -> None:
    # review r2 HIGH-4: party, ethnic, product, company and town names pick out a part just as often; a bare noun
    # joins the full name only when it points back at it ("these combatants")
    assert conflicts_of(parsed, whole, part) == []


def test_a_bare_group_keeps_its_own_clash(parsed) -> None:
    # review r2 MED-5: 12,000 vs 20,000 soldiers is a clash between two reports, whatever the full name says
    a = "Up to 12,500 North Korean soldiers have been sent to Russia."
    b = "Officials said 12,000 soldiers were deployed."
    c = "Officials said 20,000 soldiers were deployed."
    assert conflicts_of(parsed, a, b, c) == [[12000.0, 20000.0]]


# Review r3 HIGH-3: 'N of those X' is a part, and 'these X' in another story points at that story's own group.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "About 12,000 North Korean soldiers were sent to Russia in October.",
            "Ukraine said 9,000 of those soldiers had been killed or wounded.",
        ),
        (
            "About 40,000 Lahaina residents lost power.",
            "Maui has 160,000 residents. Officials said 30,000 of these residents live in Kihei.",
        ),
        (
            "About 12,000 North Korean soldiers were sent to Russia in October.",
            "Ukraine put the number of these soldiers at 15,000.",
        ),
    ],
)
def test_a_part_or_another_storys_group_is_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_a_part_of_the_group_is_no_clash(parsed) -> None:
    text = (
        "About 12,000 North Korean soldiers were sent to Russia in October. "
        "Ukraine said 9,000 of those soldiers had been killed or wounded."
    )
    assert conflicts_of(parsed, text) == []


def test_these_takes_up_its_own_storys_group(parsed) -> None:
    text = (
        "About 12,000 North Korean soldiers were sent to Russia in October. "
        "Ukraine put the number of these soldiers at 15,000."
    )
    assert conflicts_of(parsed, text) == [[12000.0, 15000.0]]


# Review r3 HIGH-5: trade without its parties ('bilateral trade', 'two-way trade') keys no conflict.
@pytest.mark.parametrize(
    ("a", "b"),
    [
        (
            "China and the United States exchanged $650 billion in bilateral trade last year.",
            "Canada and the United States exchanged $900 billion in bilateral trade last year.",
        ),
        (
            "Mexico became the top U.S. partner with $800 billion in two-way trade.",
            "China fell to third with $575 billion in two-way trade.",
        ),
    ],
)
def test_trade_without_its_parties_is_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []


def test_revenue_still_clashes(parsed) -> None:
    a = "Apple reported $90 billion in revenue last quarter."
    b = "Apple reported $120 billion in revenue last quarter."
    assert conflicts_of(parsed, a, b) == [[9e10, 1.2e11]]
