"""Quotes and claims: a noun of a trade the news uses for a company ("the automaker said") stands for the company the
text calls so ("Toyota, the Japanese automaker"), else for the one company named just before ("PG&E ... the utility
said")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "VW has used chrome-like paint rather than actual chrome. The automaker says it will do that with all "
            "its models.",
            "it will do that with all its models",
            "VW",
        ),
        (
            "Delta canceled 300 flights on Monday. The airline said the storm had grounded its jets.",
            "the storm had grounded its jets",
            "Delta",
        ),
        (
            "Pacific Gas & Electric cut power to 800,000 customers. The utility said the shutoffs were needed.",
            "the shutoffs were needed",
            "Pacific Gas & Electric",
        ),
        # two companies, the text ties the trade to one of them
        (
            "Toyota, the Japanese automaker, buys its batteries from Panasonic. Panasonic said output would rise. "
            "The automaker said it would build a new plant.",
            "it would build a new plant",
            "Toyota",
        ),
    ],
)
def test_trade_noun_is_the_company(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source


# Near misses: no company named; a public body is no company.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The utility said power would be restored by Friday.", "power would be restored by Friday"),
        (
            "The Federal Aviation Administration grounded the jets. The airline said the storm had grounded them.",
            "the storm had grounded them",
        ),
        # two companies and nothing says which is of the trade; a noun that is a person's trade too (review s16
        # HIGH-3)
        (
            "Toyota buys its batteries from Panasonic. Panasonic said output would rise next year. The automaker "
            "said it would build a new plant.",
            "it would build a new plant",
        ),
        (
            "Boeing delivered 20 jets to Delta in May. Boeing said more would follow. The airline said it would "
            "retire its older planes.",
            "it would retire its older planes",
        ),
        (
            "A coal miner was trapped for 12 hours after part of a Murray Energy mine collapsed on Tuesday. "
            "“I thought I would die down there,” the miner said.",
            "I thought I would die down there,",
        ),
    ],
)
def test_no_company_named(parsed, text: str, claim: str) -> None:
    assert sources_of(parsed, text)[claim] is None
