"""Figures: bare "pounds" of money in a story on a country whose currency is a pound (Egypt, Lebanon, Sudan,
Syria) are that pound: the document names it with its country's adjective ("the Egyptian pound"), or that country
is most of the places it names. Sterling named anywhere, or Britain named as often, keeps them GBP."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

POUNDS = [
    ("The Egyptian pound has lost half its value. The government will save 30 billion pounds a year.", 3e10,
     "EGP per year"),
    ("Egypt raised fuel prices on Friday. The government will save 30 billion pounds a year.", 3e10, "EGP per year"),
    ("In Lebanon, a loaf of bread now costs 2,000 pounds.", 2000.0, "LBP"),
    # guards: Britain named as often, sterling named, no country at all
    ("Egypt will receive 5 million pounds in aid from Britain.", 5e6, "GBP"),
    ("Egypt raised fuel prices. In London, the fund raised 3 million pounds sterling.", 3e6, "GBP"),
    ("The club paid 50 million pounds for the striker.", 5e7, "GBP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), POUNDS)
def test_story_pound(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
