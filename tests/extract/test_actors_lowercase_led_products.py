"""Actors (audit s27): a one-word name opening on a lowercase letter or two before a capital is a product's or a
service's ("iPad", "iPhones", "eGPU"), no organisation, unless the text makes it act, speak or uses it as a company's
("As iFixit points out in its teardown, ...")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("We're not giant fans of typing on glass, like the iPad. The keyboard is fine.", "iPad"),
        ("This opened the door for charging laptops with car chargers similar to iPhones and iPads.", "iPhones"),
        ("Nothing we have seen for eGPU enclosures provides 96W, but that will change soon.", "eGPU"),
    ],
)
def test_a_lowercase_led_name_is_no_actor(parsed, text: str, name: str) -> None:
    assert name not in names_of(parsed, text)


def test_a_lowercase_led_company_that_acts_stays(parsed) -> None:
    text = "As iFixit points out in its teardown, the new keyboard is virtually identical to the old one."
    assert "iFixit" in names_of(parsed, text)
