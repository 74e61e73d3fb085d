"""Figures: what "for $N" prices when nothing else names it: the object of the verb the price hangs on, or the thing
of that verb's "for"/"to" before it ("Sign up for a Hulu ad-free account for $11.99 a month"); not a pronoun, nor
the party of a claim (about/prices.py _priced_for)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

CASES = [
    ("Sign up for a Hulu ad-free account for $11.99 a month", 11.99, "Hulu ad-free account"),
    ("You can upgrade to 512GB of storage for $900 (Orig. $1,599).", 900, "storage"),
    ("Subscribers can sign up for the premium plan for $15 a month.", 15, "premium plan"),  # not who pays
    # near misses: a pronoun names nothing; a fine or a bill is not what the amount buys
    ("Get it at Walmart for $249.95", 249.95, None),
    ("He was fined for $500.", 500, "fine"),  # a fine, not what it buys (s26 probe class 1a)
    # the subject stays when the verb names nothing else the price buys
    ("The painting sold for $5 million at auction.", 5e6, "painting"),
    # review s18 HIGH-5: a recipient is not what is bought, and a thing sold keeps its place as the subject
    ("The painting went to a private collector for $50 million.", 5e7, "painting"),
    ("The jersey went to a bidder in Texas for $2.1 million.", 2.1e6, "jersey"),
    ("Tickets went on sale to the public for $50 each.", 50, "Tickets"),
]


@pytest.mark.parametrize(("text", "value", "about"), CASES)
def test_for_n_prices_the_verbs_thing(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
