"""Actors: "in Wellington, South Africa's biggest win": a place's possessive after a town and a comma opens a new
phrase; the town is not named with it (probe s29 A8: a reporter would copy a city in the wrong country)."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def names(parsed, text: str) -> set[str]:
    doc, rep = parsed(text)
    found, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name for a in found}


@pytest.mark.parametrize(
    ("text", "town"),
    [
        (
            "The Springboks beat the All Blacks 43-10 in Wellington, South Africa's biggest win over New Zealand.",
            "Wellington",
        ),
        ("Flights from Sydney, Australia's largest city, were cancelled.", "Sydney"),
    ],
)
def test_a_possessive_after_the_comma_is_no_region(parsed, text: str, town: str) -> None:
    found = names(parsed, text)
    assert town in found
    assert not any(n.startswith(town + ",") for n in found)


def test_a_town_and_its_country_are_still_named_together(parsed) -> None:
    assert "Lagos, Nigeria" in names(parsed, "He was born in Lagos, Nigeria, in 1970.")
