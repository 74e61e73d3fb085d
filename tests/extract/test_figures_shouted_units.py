"""Figures: a unit symbol of two letters or more written in capitals is the unit ("300 FT" is 300 feet, "60 FPS"
frames per second), unless it is a US state's code or a place; an organisation's initials after a number count
nothing ("3 NYPD"), while a counted acronym keeps its unit ("Two MPs") (kinds.py _shouted_symbol, build.py)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

SHOUTED = [
    ("The tower is 300 FT.", 300, "foot"),
    ("The game runs at 60 FPS on the new console.", 60, "frame per second"),
    ("He lifted 50 KG.", 50, "kilogram"),
    ("The race is 10 KM long.", 10, "kilometre"),
    # near misses: lower case as before; a US state's code is no unit
    ("The tower is 300 ft.", 300, "foot"),
    ("He owns 3 IN stores.", 3, None),
    # review s18 HIGH-6: capitals before a plural noun the number counts are a brand, a league or a force's name;
    # a sports position is no unit
    ("The firm ordered 500 HP laptops for its staff.", 500, "laptop"),
    ("The retailer sold 2,000 MG cars in India last month.", 2000, "car"),
    ("Real Madrid have won 13 CL titles, more than any other club.", 13, "title"),
    ("Police said 2 BPD officers were hurt in the crash.", 2, "officer"),
    ("The team placed 3 DL on injured reserve.", 3, None),
    ("The car makes 300 HP.", 300, "horsepower"),
    # review s18 MED-6: a shouted unit before 'of', a verb or a preposition stays one, whatever the tagger says
    ("Winds of 70 MPH knocked down trees.", 70, "mile per hour"),
    ("Each tablet contains 200 MG of ibuprofen.", 200, "milligram"),
]

INITIALS = [
    ("Police said 3 NYPD were at the scene.", None),
    # near misses: acronyms counted, and a stat line's initials
    ("Two MPs voted against the bill.", "MP"),
    ("Ford recalled 5,000 SUVs.", "SUV"),
    ("1 sack, 1 TFL, 2 QH.", "QH"),
]


@pytest.mark.parametrize(("text", "value", "unit"), SHOUTED)
def test_a_unit_symbol_in_capitals_is_the_unit(parsed, text, value, unit) -> None:
    (f,) = [f for f in figures_of(parsed, text) if f.value == value]
    assert f.unit == unit


@pytest.mark.parametrize(("text", "unit"), INITIALS)
def test_an_organisations_initials_count_nothing(parsed, text, unit) -> None:
    f = [f for f in figures_of(parsed, text) if f.kind != "date"][-1]
    assert f.unit == unit
