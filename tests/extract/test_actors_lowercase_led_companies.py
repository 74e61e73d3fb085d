"""Actors (review s27 rev5q HIGH 1, of 516a599): a name opening on a lowercase letter before a capital is a product's
only on a product's evidence (a plural, the maker's name before it); a company so named stays an organisation where
the story only buys it, holds a stake in it or trades its shares ("a stake in eBay", "Shares of iRobot jumped")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Elliott Management has taken a stake in eBay. Shares of eBay fell 3% on Monday.", "eBay"),
        ("Amazon agreed to buy iRobot for $1.7 billion. Shares of iRobot jumped.", "iRobot"),
    ],
)
def test_a_lowercase_led_company_stays_an_organisation(parsed, text: str, name: str) -> None:
    assert (name, "organization") in {(m.name, m.kind) for m in mentions_of(parsed, text)}


def test_a_product_after_its_makers_name_is_no_actor(parsed) -> None:
    text = "Apple's latest 12.9-inch iPad Pro drops to $799 at Electronic Express this week."
    assert "iPad" not in {m.name for m in mentions_of(parsed, text)}
