"""Actors: a name holding a model's code is a product's, a model's or a compound's, no actor ("Netgear Nighthawk
R6700", "A12X Bionic", "IL-25"); a company's head noun or legal form after the code keeps the company ("3D Systems"),
and a market's ticker after an organisation's name is cut off ("the London Metal Exchange CMAL3")."""

from __future__ import annotations

import pytest

from extract.actors.things import _model_code
from tests.extract.helpers import kinds_of, names_of


@pytest.mark.parametrize(
    ("text", "gone"),
    [
        ("Netgear Nighthawk R6700 AC1700 Router for $67.77\nGet it on Amazon for $67.77", "Netgear Nighthawk R6700"),
        ("Apple A10 Fusion chip with embedded M10 motion coprocessor", "Apple A10 Fusion"),
        # The model without its maker, in another line of the same spec sheet.
        ("A10 Fusion chipset\nApple A10 Fusion chip with embedded M10 motion coprocessor", "A10 Fusion"),
        ("A12X Bionic chip with Neural Engine", "A12X Bionic"),
        ("Interesting to see Stadia RDR2 capture out there running at an unstable 60fps.", "Stadia RDR2"),
        ("It has a Bang & Olufsen Premium 3D Sound System and heated seats.", "Bang & Olufsen Premium 3D Sound System"),
        (
            "Once succinate binds to a tuft cell, it triggers the release of IL-25, which alerts the immune system to "
            "the problem. Locksley and von Moltke used a fluorescent tag to mark intestinal cells that produced IL-25.",
            "IL-25",
        ),
        ("The drug raises levels of GLP-1, a hormone that can help suppress appetite.", "GLP-1"),
    ],
)
def test_a_name_with_a_models_code_is_no_actor(parsed, text: str, gone: str) -> None:
    assert gone not in names_of(parsed, text)


def test_a_ticker_after_an_organisation_is_cut_off(parsed) -> None:
    text = "Three-month aluminum on the London Metal Exchange CMAL3 lost 0.06% to $1,737.00 a tonne."
    assert kinds_of(parsed, text).get("London Metal Exchange") == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a company's head noun after the code; the maker beside its product; a group of states.
        ("Shares of 3D Systems rose 5% on Monday after the company raised its forecast.", "3D Systems"),
        ("Apple A10 Fusion chip with embedded M10 motion coprocessor. Apple said sales rose.", "Apple"),
        # Review s21 r1a MED-5: a code first with no artefact's noun after it is a body's or a firm's name as often.
        (
            "The CO2 Coalition, a group funded by fossil fuel interests, has lobbied against climate rules.",
            "CO2 Coalition",
        ),
        ("Shares of K12 Inc rose 4% after the online school operator raised its forecast.", "K12 Inc"),
    ],
)
def test_names_with_digits_that_stay(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize(
    "name",
    [
        *("G-20", "G-7", "21st Century Fox", "3M", "Cloud9", "K12 Inc", "X5 Retail Group"),
        *("G20 Secretariat", "H5N1 Task Force", "S4 Capital", "3G Capital", "K2 Intelligence", "FOX5 Atlanta"),
        *("N1 Serbia", "NDTV 24x7", "LC500 Convertible"),
    ],
)
def test_codes_of_no_product(name: str) -> None:
    # Names the small tagger misses in running text, checked by the rule itself: a group of states, an ordinal, a
    # company of one word, a company's legal form or head noun last.
    assert not _model_code(name)
