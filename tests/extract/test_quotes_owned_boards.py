"""Quotes and claims: a company's board (of directors) and an organisation's press service speak for it (review
s15 R2-MED-2); a board of another kind ("oversight") or another service ("security service") does not."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Microsoft's board said it had full confidence in the chief executive.", "Microsoft"),
        ("Disney's board of directors said it had approved the deal.", "Disney"),
        ("The Kremlin's press service said Putin had spoken with Erdogan.", "Kremlin"),
    ],
)
def test_board_and_press_service(parsed, text: str, source: str) -> None:
    assert list(sources_of(parsed, text).values()) == [source]


@pytest.mark.parametrize(
    "text",
    [
        "Meta's oversight board said the company should restore the post.",
        "The Kremlin's security service said the plot had been foiled.",
    ],
)
def test_other_bodies_stay_unnamed(parsed, text: str) -> None:
    assert list(sources_of(parsed, text).values()) == [None]
