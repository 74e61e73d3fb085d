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
        ("A12X Bionic chip with Neural Engine", "A12X Bionic"),
        ("The LC500 Convertible starts at $101,000, Lexus said.", "LC500 Convertible"),
        ("It has a Bang & Olufsen Premium 3D Sound System and heated seats.", "Bang & Olufsen Premium 3D Sound System"),
        ("The cells release a chemical called IL-25, which alerts the immune system.", "IL-25"),
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
    ],
)
def test_names_with_digits_that_stay(parsed, text: str, name: str) -> None:
    assert name in names_of(parsed, text)


@pytest.mark.parametrize("name", ["G-20", "G-7", "21st Century Fox", "3M", "Cloud9", "K12 Inc", "X5 Retail Group"])
def test_codes_of_no_product(name: str) -> None:
    # Names the small tagger misses in running text, checked by the rule itself: a group of states, an ordinal, a
    # company of one word, a company's legal form or head noun last.
    assert not _model_code(name)
