"""Figures: "in early trading" after a price says when it was set, not what the money is made of."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

SESSIONS = [
    ("Shares of Apple fell 2.3% to $150.20 in early trading.", 150.2, "Apple"),
    ("The stock closed at $45 in New York trade.", 45.0, "stock"),
    # guards: trade and funding as what the money is made of
    ("China bought $5 billion in trade last year.", 5e9, "trade"),
    ("The firm raised $2m in funding.", 2e6, "funding"),
]


@pytest.mark.parametrize(("text", "value", "about"), SESSIONS)
def test_a_session_is_no_content(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
