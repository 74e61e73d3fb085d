"""Quotes and claims: "put the number at 4,000" estimates a figure, as "estimated the number at 13,000" does."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s25 (34): "Organisers said more than 10,000 people had joined the march. Police put the number at 4,000." gave
# the organisers' claim only.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Organisers said more than 10,000 people had joined the march. Police put the number at 4,000.",
            ("Police", "the number at 4,000"),
        ),
        ("The Health Ministry puts the death toll at 52.", ("The Health Ministry", "the death toll at 52")),
        ("Local officials put the damage at $3 million.", ("Local officials", "the damage at $3 million")),
        (
            "Analysts put the chance of a recession at 40 percent.",
            ("Analysts", "the chance of a recession at 40 percent"),
        ),
        (
            "The available data puts the figure at about $44 million.",
            ("The available data", "the figure at about $44 million"),
        ),
        # review s26 rev3q MED 4: a bare plural or mass estimate
        ("Officials put damage at $2 billion.", ("Officials", "damage at $2 billion")),
        ("The health ministry put casualties at 300.", ("The health ministry", "casualties at 300")),
        ("Analysts put losses at $5 billion.", ("Analysts", "losses at $5 billion")),
        # review s26 rev4: any measure but a set level
        ("Economists put the deficit at $1.2 trillion.", ("Economists", "the deficit at $1.2 trillion")),
        ("The study put the economic impact at $3 billion.", ("The study", "the economic impact at $3 billion")),
        ("The UN put the population of the camp at 20,000.", ("The UN", "the population of the camp at 20,000")),
        ("Analysts put the price tag at $2 billion.", ("Analysts", "the price tag at $2 billion")),
        # (British spelling of a noun for people: 'organisers' as 'organizers')
        ("Organisers put the crowd at 10,000.", ("Organisers", "the crowd at 10,000")),
    ],
)
def test_put_at_a_figure_is_an_estimate(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Look-alikes: nothing said. No figure after "at", or a thing that moves a figure ("the gain put the index at ...").
@pytest.mark.parametrize(
    "text",
    [
        "They put the blame at the feet of the mayor.",
        "The gain put the index at 4,000 points.",
        "Rising prices put inflation at 5 percent.",
        "She put the meeting at 3 p.m. on Friday.",
        # review s26 rev2q MED 4: a level set or owned, a person put somewhere
        "The central bank put interest rates at 5 percent.",
        "The airline put its new fares at $99.",
        "The coach put Smith at No. 3 in the batting order.",
        # review s26 rev3q MED 4: a rate or a price is set, not estimated
        "The central bank put the benchmark rate at 5 percent.",
        "The promoter put the price of the tickets at $50.",
    ],
)
def test_put_without_an_estimate_says_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
