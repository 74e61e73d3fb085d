"""Figures: "$N in X" is an amount of X also when a hyphenated modifier opens X ("$2.53 in per-share earnings",
"$5 million in year-end bonuses"), not the clause's subject or nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

HYPHENED = [
    ("Home Depot reported $2.53 in per-share earnings for the third quarter.", "per-share earnings"),
    ("It paid $5 million in year-end bonuses.", "year-end bonuses"),
    ("The bank holds $2 billion in long-term debt.", "long-term debt"),
]


@pytest.mark.parametrize(("text", "about"), HYPHENED)
def test_a_hyphenated_modifier_opens_what_the_amount_is(parsed, text, about):
    money = [f for f in figures_of(parsed, text) if f.kind == "money"]
    assert [f.about for f in money] == [about]


# near misses: what worked before stays
KEPT = [
    ("China and the US did $800 billion in two-way trade.", "trade"),
    ("The company reported $166.7 billion in revenue.", "revenue"),
    ("He won $2 million in prize money.", "prize money"),
]


@pytest.mark.parametrize(("text", "about"), KEPT)
def test_amounts_in_plain_nouns_stay(parsed, text, about):
    money = [f for f in figures_of(parsed, text) if f.kind == "money"]
    assert [f.about for f in money] == [about]
