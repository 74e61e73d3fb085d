"""Actors (audit s27): a one-word name opening on a lowercase letter or two before a capital is a product's or a
service's ("iPad", "iPhones"), no organisation, on a product's evidence (a plural, the maker's name before it); see
test_actors_lowercase_led_companies for companies so named."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We're not giant fans of typing on glass, like the iPad. The keyboard is fine.", "iPad"),
        ("This opened the door for charging laptops with car chargers similar to iPhones and iPads.", "iPhones"),
    ],
)
def test_a_lowercase_led_name_is_no_actor(parsed, text: str, name: str) -> None:
    assert name not in names_of(parsed, text)


def test_a_lowercase_led_company_that_acts_stays(parsed) -> None:
    text = "As iFixit points out in its teardown, the new keyboard is virtually identical to the old one."
    assert "iFixit" in names_of(parsed, text)
