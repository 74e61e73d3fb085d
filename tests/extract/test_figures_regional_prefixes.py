"""Figures: the letter prefixes that name a currency and nothing else (RM, Rp, KSh) make money without a scale word:
'he was fined RM5,000', 'It cost RM50', 'Workers earn KSh200 a day', 'Rp50.000' gave no figure (a letter prefix
counted only before 'million'/'billion', for 'Cinebench R20' and 'N95'). Spaced 'RM 5,000', 'Rp 50,000' are money
when written as amounts (a group separator, decimals or a scale); rupiah group thousands with dots."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

AMOUNTS = [
    ("He was fined RM5,000 by the court.", "RM5,000", 5000.0, "MYR"),
    ("It cost RM50.", "RM50", 50.0, "MYR"),
    ("He was fined RM 5,000 by the court.", "RM 5,000", 5000.0, "MYR"),
    ("Workers earn KSh200 a day.", "KSh200 a day", 200.0, "KES"),
    ("A ticket costs Rp50.000.", "Rp50.000", 50000.0, "IDR"),
    ("A ticket costs Rp 50,000.", "Rp 50,000", 50000.0, "IDR"),
    ("A ticket costs Rp 50.000.", "Rp 50.000", 50000.0, "IDR"),  # review s24 round 2, finding 5
]


@pytest.mark.parametrize(("text", "figure", "value", "unit"), AMOUNTS)
def test_a_currency_prefix_makes_money(parsed, text, figure, value, unit):
    assert [(f.text, f.value, f.kind, f.unit) for f in figures_of(parsed, text)] == [(figure, value, "money", unit)]


# near misses: one-letter prefixes are labels without a scale, a spaced prefix before a bare small number, a scale
KEPT = [
    ("Cinebench R20 scores rose.", []),
    ("He wore an N95 mask.", []),
    ("The RM 2 meeting room was full.", []),
    ("The firm paid RM50 million for the land.", [("RM50 million", 50000000.0)]),
]


@pytest.mark.parametrize(("text", "figures"), KEPT)
def test_other_prefixes_stay(parsed, text, figures):
    assert [(f.text, f.value) for f in figures_of(parsed, text) if f.kind == "money"] == figures
