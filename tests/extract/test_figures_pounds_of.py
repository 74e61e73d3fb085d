"""Figures: small "pounds of" a thing are its weight only when the thing is weighed out (a singular mass noun:
beef, methamphetamine), not when it is sold by the piece (a plural: tickets) or when a verb of sums takes the
pounds ("raised 2,000 pounds of sponsorship")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

POUNDS_OF_WHAT = [
    ("She raised 2,000 pounds of sponsorship for the charity.", 2000, "money", "GBP"),
    ("He sold 300 pounds of raffle tickets for the school.", 300, "money", "GBP"),
    ("Fans spent 200 pounds of tickets on the final.", 200, "money", "GBP"),
    # near misses: a mass noun after a verb that trades either, a plural with no money verb, a seizure
    ("He sold three pounds of methamphetamine.", 3, "quantity", "pound-mass"),
    ("She bought 40 pounds of beef for the party.", 40, "quantity", "pound-mass"),
    ("He carried 50 pounds of rocks up the hill.", 50, "quantity", "pound-mass"),
    ("Agents seized 20,000 pounds of marijuana.", 2e4, "quantity", "pound-mass"),
]


@pytest.mark.parametrize(("text", "value", "kind", "unit"), POUNDS_OF_WHAT)
def test_pounds_of_a_count_or_a_sum_are_sterling(parsed, text, value, kind, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == (kind, unit)
