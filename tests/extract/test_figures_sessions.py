"""Figures: "in early trading" after a price says when it was set, not what the money is made of."""

from __future__ import annotations

import pytest

from tests.extract.helpers import conflicts_of, figures_of, one_of

SESSIONS = [
    ("Shares of Apple fell 2.3% to $150.20 in early trading.", 150.2, "Apple shares"),
    ("The stock closed at $45 in New York trade.", 45.0, "stock"),
    # guards: trade and funding as what the money is made of
    ("China bought $5 billion in trade last year.", 5e9, "trade"),
    ("The firm raised $2m in funding.", 2e6, "funding"),
    # review r2 HIGH-3 (and LOW-1): trade with a modifier of its own and deals are the content
    ("China and the United States exchanged $650 billion in bilateral trade last year.", 6.5e11, "bilateral trade"),
    ("The two countries did $100 billion in annual trade in 2023.", 1e11, "annual trade"),
    ("The U.S. and Mexico did $800 billion in two-way trade in 2023.", 8e11, "trade"),
    ("The bank arranged $5 billion in deals last year.", 5e9, "deals"),
    ("The company signed $3 billion in new deals with Asian carriers.", 3e9, "deals"),
    # ... while a time or market place before trade(ing) is a session
    ("Shares of Tesla rose 4% to $250 in after-hours trading.", 250.0, "Tesla shares"),
    ("The stock fell to $12 in the morning session.", 12.0, "stock"),
]


def test_trade_of_two_countries_is_no_conflict(parsed) -> None:
    a = "China and the United States exchanged $650 billion in bilateral trade last year."
    b = "China reported $550 billion in annual trade with the European Union."
    assert conflicts_of(parsed, a, b) == []


@pytest.mark.parametrize(("text", "value", "about"), SESSIONS)
def test_a_session_is_no_content(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# Review r3 HIGH-4: any '<modifier> trading' after a price is a session, so the price stays the stock's or commodity's.
@pytest.mark.parametrize(
    ("text", "value", "about"),
    [
        ("Nvidia stock rose to $130 in regular trading.", 130, "Nvidia stock"),
        ("Shares of Boeing hit $180 in intraday trading.", 180, "Boeing shares"),
        # near miss: an amount of money made in trading keeps its content
        ("JPMorgan earned $5 billion in bond trading.", 5e9, "bond trading"),
    ],
)
def test_trading_after_a_price_is_a_session(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


@pytest.mark.parametrize(
    ("a", "b"),
    [
        ("Nvidia stock rose to $130 in regular trading.", "Apple stock closed at $190 in regular trading."),
        ("Bitcoin fell to $60,000 in weekend trading.", "Ether slid to $2,900 in weekend trading."),
    ],
)
def test_two_prices_in_one_session_are_no_clash(parsed, a, b) -> None:
    assert conflicts_of(parsed, a, b) == []
