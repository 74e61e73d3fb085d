"""Actors: names the tagger joins or cuts at "and" and commas. A body whose "of" lists its portfolios is one name
("Ministry of Trade, Industry and Energy"); two names the text also writes apart are two ("the SLS and Orion");
one name with "and" inside stays one ("Procter and Gamble")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import names_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "South Korea's Ministry of Trade, Industry and Energy (MOTIE) has unveiled a plan. The roadmap was "
            "identified by MOTIE.",
            "Ministry of Trade, Industry and Energy",
        ),
        (
            "The Department for Environment, Food and Rural Affairs said on Monday that it would act.",
            "Department for Environment, Food and Rural Affairs",
        ),
    ],
)
def test_a_body_listing_its_portfolios_is_one_name(parsed, text: str, name: str) -> None:
    names = names_of(parsed, text)
    assert name in names
    assert not [n for n in names if n != name and name.startswith(n)], names


def test_two_names_the_text_writes_apart_are_two(parsed) -> None:
    text = (
        "The SpaceX Starship is big. The Falcon Heavy flew twice. He listed several, including the Falcon Heavy and "
        "Starship from SpaceX, Vulcan from United Launch Alliance."
    )
    names = names_of(parsed, text)
    assert "Falcon Heavy" in names
    assert not [n for n in names if " and " in n], names


@pytest.mark.parametrize(
    ("text", "names"),
    [
        # Near misses: one name with "and" inside, and names on both sides of a comma.
        ("Procter and Gamble said sales rose in the quarter.", {"Procter and Gamble"}),
        # The same name written with "&" elsewhere is no part written alone (review s19 r1 HIGH-6).
        ("Procter and Gamble said sales rose. Shares of Procter & Gamble fell 2%.", {"Procter and Gamble"}),
        ("Ernst and Young said it would hire 500 people. Ernst & Young is based in London.", {"Ernst and Young"}),
        ("Mayer, Disney's chief, said so. The company is based in Irving, Texas.", {"Mayer", "Disney"}),
    ],
)
def test_one_name_with_and_or_two_at_a_comma_stay(parsed, text: str, names: set[str]) -> None:
    assert names <= names_of(parsed, text)


def test_an_at_sign_parts_a_place_from_its_venue(parsed) -> None:
    # Tour listings: "Toronto, ON @ Budweiser Stage" was one organisation 'ON @ Budweiser Stage'.
    text = (
        "The Doobie Brothers Tour Dates\n\nJuly 3 \u2013 Mansfield, MA @ Xfinity Center\n"
        "July 19 \u2013 Toronto, ON @ Budweiser Stage\nJuly 22 \u2013 Cuyahoga Falls, OH @ Blossom Music Center\n"
    )
    names = names_of(parsed, text)
    assert not [n for n in names if "@" in n], names
    assert "Budweiser Stage" in names


def test_an_at_sign_inside_a_brand_stays(parsed) -> None:
    # Review s19 r3 LOW-8: no place or region code before the at sign.
    assert "Excite @ Home" in names_of(parsed, "Microsoft and Excite @ Home said they would merge their portals.")
