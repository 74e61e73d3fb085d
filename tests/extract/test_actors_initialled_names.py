"""Initials without their dots and a surname after a lowercase title word ("Tata Motors chairman N Chandrasekaran
said") are a person, though the tagger calls the name a product (probe s30 P213: no actor, and the claim no source)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of


def test_initial_and_surname_after_a_title_are_a_person(parsed):
    text = (
        "Tata Motors chairman N Chandrasekaran said the company would invest more. "
        "Chandrasekaran added that demand was strong."
    )
    assert actor_kinds_of(parsed, text).get("N Chandrasekaran") == "person"


def test_a_product_with_a_letter_is_no_person(parsed):
    text = "Apple said the new M3 Pro chip would ship in November, a spokesperson said."
    assert actor_kinds_of(parsed, text).get("M3 Pro") != "person"
