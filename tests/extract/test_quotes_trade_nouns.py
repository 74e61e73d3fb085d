"""Quotes and claims: a noun of a trade the news uses for a company ("the automaker said") stands for the company the
text calls so ("Toyota, the Japanese automaker", "German automaker Volkswagen"), and for no company when the text never
says which one is of the trade: the one company named nearby is often not the one meant (review s16 HIGH-r2-4)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "German automaker Volkswagen has used chrome-like paint rather than actual chrome. The automaker says it "
            "will do that with all its models.",
            "it will do that with all its models",
            "Volkswagen",
        ),
        (
            "Pacific Gas & Electric, the state's largest utility, cut power to 800,000 customers. The utility said "
            "the shutoffs were needed.",
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


# Near misses: no company named; a public body is no company; one company named but never called by the trade.
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
        # the one company named is not the one meant: the company of the trade is named only as a modifier or a
        # product (review s16 HIGH-r2-4)
        (
            "A door panel blew out of a Boeing 737 Max 9 shortly after takeoff from Portland on Friday. The airline "
            "said it would ground its Max 9 fleet.",
            "it would ground its Max 9 fleet",
        ),
        (
            "Hertz said on Monday it would buy 100,000 Teslas by the end of next year. The automaker said it could "
            "meet the demand.",
            "it could meet the demand",
        ),
        (
            "Walmart shoppers in Texas were told to check their receipts after a glitch in software from Oracle. The "
            "retailer said no one had been overcharged.",
            "no one had been overcharged",
        ),
        (
            "Delta canceled 300 flights on Monday. The airline said the storm had grounded its jets.",
            "the storm had grounded its jets",
        ),
    ],
)
def test_no_company_named(parsed, text: str, claim: str) -> None:
    assert sources_of(parsed, text)[claim] is None
