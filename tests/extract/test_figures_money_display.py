"""Figures: a sum of money shows its cents as a price is written ("$1.40 a share": "USD 1.40 per share", not "USD 1.4
per share"; a reporter copies the figure), all the decimals of an exchange rate ("$1.2925": "USD 1.2925 per GBP"), none
for a whole sum; a subunit ("64.2 cents") and a scaled sum ("$1.5 billion") show as before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of


@pytest.mark.parametrize(
    ("text", "value", "display"),
    [
        ("The company earned $1.40 a share.", 1.4, "USD 1.40 per share"),
        ("The ticket costs $0.50.", 0.5, "USD 0.50"),
        ("Earnings of $1.20 to $1.30 a share were expected.", 1.25, "USD 1.20–1.30 per share"),
        ("The pound fell to $1.2925 against the dollar.", 1.2925, "USD 1.2925 per GBP"),
        # review s19 r3 HIGH-1 / LOW-2: exact digits, never cut; both ends of a range alike; a rate keeps its decimal
        ("Shiba Inu traded at $0.00000812 on Monday.", 8.12e-06, "USD 0.00000812"),
        ("The token fell to $0.0000001 on Friday.", 1e-07, "USD 0.0000001"),
        ("The company expects $1 to $1.50 a share.", 1.25, "USD 1.00–1.50 per share"),
        ("The rupee fell to 83.2 per dollar.", 83.2, "INR 83.2 per USD"),
        # near misses
        ("The car costs $19,000.", 19000, "USD 19,000"),
        ("Revenue was $1.5 billion.", 1.5e9, "USD 1.5 bn"),
        ("The stock fell 64.2 cents.", 64.2, "USD 64.2 cent"),
    ],
)
def test_money_shows_its_cents(parsed, text, value, display) -> None:
    assert one_of(figures_of(parsed, text), value).display == display
