"""Actors: a stock index or a card the tagger calls an organisation is a thing, no actor, and so is the code in brackets
after it (audit s26: 'Hang Seng Index' with the alias 'HSI', 'Shanghai Composite', 'SHCOMP', 'SIM Card')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "absent"),
    [
        (
            "Hong Kong's Hang Seng Index (HSI) started in the red, but was last trading up about 1%.",
            {"Hang Seng Index", "HSI"},
        ),
        (
            "China's Shanghai Composite (SHCOMP) slumped 0.2%, but recovered those losses. South Korea's Kospi Index "
            "fell 0.5%.",
            {"Shanghai Composite", "SHCOMP", "Kospi Index"},
        ),
        ("The Dow Jones Industrial Average rose 0.3% in early trading on Tuesday.", {"Dow Jones Industrial Average"}),
        ("Headphones, SIM Card and SIM ejector tool are not included.", {"SIM Card"}),
        ("Buy the console and get a $50 Dell eGift Card with it.", {"Dell eGift Card"}),
    ],
)
def test_an_index_or_a_card_is_no_actor(parsed, text: str, absent: set[str]) -> None:
    assert not names_of(parsed, text) & absent


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Kept: a company whose name opens on such a word, and the places the index is named for.
        ("The round was led by Index Ventures and Sequoia Capital, the company said.", "Index Ventures"),
        ("Visa Card Services said spending rose in December.", "Visa Card Services"),
        ("Hong Kong's Hang Seng Index (HSI) started in the red on Monday.", "Hong Kong"),
    ],
)
def test_names_around_them_stay(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)
