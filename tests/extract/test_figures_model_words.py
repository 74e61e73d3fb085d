"""Figures: a number glued to letters before a noun is one model word ("5G", "3D"), kept whole in what a figure is
about: "T-Mobile's 5G plan costs $35 a month" is about '5G plan', not 'G plan' (review s21 r1b LOW-11;
about/phrases.py _np). A unit glued to its number is a measure and says nothing of the thing ("The 4K TV": TV)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ABOUTS = [
    ("T-Mobile's 5G plan costs $35 a month.", 35, "5G plan"),
    ("Verizon's 5G Home Internet costs $50 a month.", 50, "5G Home Internet"),
    ("The 3D printer costs $300.", 300, "3D printer"),
    ("The 4K TV costs $300.", 300, "TV"),
]


@pytest.mark.parametrize(("text", "value", "about"), ABOUTS)
def test_a_model_word_stays_whole(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
