"""Quotes and claims: "the airline", "the automaker", "the insurer" is the one company the story names whose own name
says it is of that trade ("United Airlines", "Ford Motor Co.", "Allianz Insurance"), though it did not speak before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _source(parsed, text: str, claim: str) -> list[str | None]:
    return [c.source for c in claims_of(parsed, text) if c.text == claim]


# Session 28 brief: "The airline said" after United Airlines is named found no source.
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "United Airlines cut 500 flights on Monday after a computer outage. The airline said the cuts were "
            "temporary.",
            "the cuts were temporary",
            "United Airlines",
        ),
        (
            "A door panel blew out of a Boeing 737 Max 9 on an Alaska Airlines flight on Friday. The airline said all "
            "passengers were safe.",
            "all passengers were safe",
            "Alaska Airlines",
        ),
        (
            "Regulators fined Ford Motor Co. $165 million over recalls. The automaker said it had cooperated.",
            "it had cooperated",
            "Ford Motor Co.",
        ),
        (
            "Tesla said the driver had ignored warnings. Allianz Insurance was asked about the claim. The insurer said "
            "it would not pay.",
            "it would not pay",
            "Allianz Insurance",
        ),
    ],
)
def test_trade_noun_is_the_company_named_of_the_trade(parsed, text, claim, source) -> None:
    assert _source(parsed, text, claim) == [source]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # two companies of the trade by name
        (
            "Passengers on a United Airlines flight and a Delta Air Lines flight were stuck for hours. The airline "
            "said it was sorry.",
            "it was sorry",
        ),
        # a body of the trade, not a company of it
        (
            "The trade group Airlines for America said delays were rising. The airline said it would add staff.",
            "it would add staff",
        ),
        (
            "The Insurance Council of Australia said claims had doubled. The insurer said it would not pay.",
            "it would not pay",
        ),
        # no company of the trade by name
        (
            "Boeing fixed the door plugs on Monday. The airline said the jets would stay grounded.",
            "the jets would stay grounded",
        ),
        (
            "The U.S. Air Force grounded its fleet. The airline said it was not affected.",
            "it was not affected",
        ),
        (
            "Tesla said the driver had ignored repeated warnings before the crash. The insurer said it would not pay "
            "the claim.",
            "it would not pay the claim",
        ),
    ],
)
def test_trade_noun_left_open(parsed, text, claim) -> None:
    assert _source(parsed, text, claim) == [None]
