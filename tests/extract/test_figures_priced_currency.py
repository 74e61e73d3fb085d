"""Figures: a bare quote "against" another currency prices the dollar or the pound it is about ("The dollar
slipped to 0.92 against the euro" is EUR per USD), and the pound or sterling takes part in a quote like any
currency; a currency worth little is still quoted per the other ("The yen fell to 160 against the dollar")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

QUOTES = [
    ("The dollar slipped to 0.92 against the euro.", 0.92, "EUR per USD"),
    ("The dollar rose to 1.55 against the Australian dollar.", 1.55, "AUD per USD"),
    ("The pound rose to 1.18 against the euro.", 1.18, "EUR per GBP"),
    ("Sterling fell to 1.21 against the dollar.", 1.21, "USD per GBP"),
    ("The euro fell to 0.86 against the pound.", 0.86, "GBP per EUR"),
    # guards: the market's order where the subject is its base or a currency worth little
    ("The euro fell to 1.08 against the dollar.", 1.08, "USD per EUR"),
    ("The yen fell to 160 against the dollar.", 160.0, "JPY per USD"),
    ("The dollar rose to 150 against the yen.", 150.0, "JPY per USD"),
    ("The Canadian dollar fell to 1.38 against the U.S. dollar.", 1.38, "CAD per USD"),
    # guards (review r1 LOW-1): a size that does not fit the dollar's price is the market's quote
    ("The dollar rose to 1.09 against the euro on Friday.", 1.09, "USD per EUR"),
    ("The dollar fell to 1.27 against the pound.", 1.27, "USD per GBP"),
    ("The pound fell to 0.85 against the euro.", 0.85, "GBP per EUR"),
]


@pytest.mark.parametrize(("text", "value", "unit"), QUOTES)
def test_a_quote_against_another_currency(parsed, text, value, unit) -> None:
    assert _unit(one_of(figures_of(parsed, text), value)) == unit


def test_a_pound_of_something_is_no_quote(parsed) -> None:
    assert one_of(figures_of(parsed, "A pound of beef rose to 1.21 against the dollar."), 1.21).kind == "number"
