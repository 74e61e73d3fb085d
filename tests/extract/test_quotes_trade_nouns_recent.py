"""Quotes and claims: "the carmaker", "the airline" right after the one company the story names spoke in the
sentence before is that company, though the text never calls it by its trade."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


# Probe s27 class 7: the trade noun resolved only when the text called the firm so ("German carmaker Volkswagen").
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Volkswagen said it would cut 5,000 jobs. The carmaker said the move would save 1 billion euros.",
            "the move would save 1 billion euros",
            "Volkswagen",
        ),
        (
            "Air France said it would cancel 200 flights. The airline said strikes were to blame.",
            "strikes were to blame",
            "Air France",
        ),
    ],
)
def test_trade_noun_after_the_company_spoke(parsed, text, claim, source) -> None:
    assert [c.source for c in claims_of(parsed, text) if c.text == claim] == [source]


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        # another company named before: a supplier, a customer or a rival may be the one that spoke
        (
            "Toyota buys its batteries from Panasonic. Panasonic said supply was tight. The automaker said output "
            "would rise.",
            "output would rise",
        ),
        # review s27 rev5q HIGH 2: the other party of a deal or a case
        (
            "Amazon said it had bought a small robotics startup for $200 million. The startup said its 40 employees "
            "would join the warehouse team.",
            "its 40 employees would join the warehouse team",
        ),
        (
            "Tesla said the driver had ignored repeated warnings before the crash. The insurer said it would not pay "
            "the claim.",
            "it would not pay the claim",
        ),
        # (an Alaska Airlines flight, then 'The airline said': test_quotes_trade_names, the name says the trade)
    ],
)
def test_trade_noun_left_open(parsed, text, claim) -> None:
    assert [c.source for c in claims_of(parsed, text) if c.text == claim] == [None]
