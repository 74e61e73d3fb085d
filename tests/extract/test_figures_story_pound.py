"""Figures: bare "pounds" of money in a story that names another country's pound with its adjective ("the Egyptian
pound", "Lebanese pounds") are that pound. A country named is no cue (sterling sums are common in stories naming
Egypt), and sterling named anywhere keeps them GBP."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of
from tests.extract.helpers import unit_of as _unit

POUNDS = [
    ("The Egyptian pound has lost half its value. The government will save 30 billion pounds a year.", 3e10,
     "EGP per year"),
    ("Lebanese pounds have lost most of their value. In Beirut, a loaf of bread now costs 2,000 pounds.", 2000.0,
     "LBP"),
    # guards: a country named is no cue (review r1 HIGH-1), sterling named, no country at all
    ("Mohamed Salah, who captains Egypt, signed a new contract with Liverpool worth 350,000 pounds a week.", 3.5e5,
     "GBP per week"),
    ("Egypt's Mohamed Salah has been fined 10,000 pounds by the Football Association.", 1e4, "GBP"),
    ("Egypt will receive 5 million pounds in aid from Britain, Egypt's finance ministry said on Sunday.", 5e6, "GBP"),
    # review r1 MED-2: a British place, institution or people keeps bare pounds sterling beside a named pound
    ("The Egyptian pound fell 3 percent. Meanwhile, the Bank of England said British banks hold 20 billion pounds "
     "of Egyptian debt.", 2e10, "GBP"),
    ("The Egyptian pound fell. Egypt will receive 5 million pounds in aid from Britain.", 5e6, "GBP"),
    ("Egypt raised fuel prices. In London, the fund raised 3 million pounds sterling.", 3e6, "GBP"),
    ("The club paid 50 million pounds for the striker.", 5e7, "GBP"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "unit"), POUNDS)
def test_story_pound(parsed, text, value, unit) -> None:
    assert _unit(one_of(figures_of(parsed, text), value)) == unit
