"""Figures (brief s29, s28 probe F13/F17): death tolls with no noun. A bare number a casualty verb takes counts people
("Gunmen opened fire, killing at least 19"), as "At least 19 were killed" did; "left 12 dead and 40 injured" too; an
unnamed toll that is a clause's subject is the death toll ("The toll rose to 42")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

PEOPLE = [
    ("Gunmen opened fire on a bus, killing at least 19.", "at least 19"),
    ("The attack killed at least 19, officials said.", "at least 19"),
    ("The blast killed 19 and wounded 40.", "19"),
    ("The blast killed 19 and wounded 40.", "40"),
    ("The quake killed more than 2,000, the government said.", "more than 2,000"),
    ("The storm left 12 dead and 40 injured.", "12"),
    ("The storm left 12 dead and 40 injured.", "40"),
    ("Police arrested 12 after the match.", "12"),
    # as before
    ("At least 19 were killed in the blast.", "At least 19"),
]


@pytest.mark.parametrize(("text", "figure"), PEOPLE)
def test_a_bare_casualty_count_counts_people(parsed, text, figure):
    got = {f.text: (f.kind, f.unit, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("count", "people", "people"), got


NOT_PEOPLE = [
    ("The bill killed 3 of the 5 proposals.", "3"),  # a partitive
    ("The malware infected 300,000 last year.", "300,000"),  # a verb of things as well
    ("The 12 dead were buried on Monday.", "12"),  # refers back
    ("He scored 19 and added 12 rebounds.", "19"),
    ("Road tolls rose to 42 cents.", "42 cents"),
]


@pytest.mark.parametrize(("text", "figure"), NOT_PEOPLE)
def test_other_bare_numbers_count_no_people(parsed, text, figure):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert figure in got and got[figure] != "people", got


TOLLS = [
    ("The floods killed dozens. The toll rose to 42 on Sunday.", "42", "death toll"),
    ("Gunmen killed 12 people. The toll reached 42 on Sunday.", "42", "death toll"),
    ("The death toll rose to 42 on Sunday.", "42", "death toll"),
    ("The injury toll reached 42.", "42", "injury toll"),  # its kind written
    ("The bridge toll rose to 42 on Sunday.", "42", "bridge toll"),
    ("He paid the toll of 5 at the bridge.", "5", "toll"),  # a toll paid
]


@pytest.mark.parametrize(("text", "figure", "about"), TOLLS)
def test_an_unnamed_toll_is_the_death_toll(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


def test_a_road_toll_named_before_is_no_death_toll(parsed):
    # review s29 rev1 RF4: no word of the dead in the story
    text = "Drivers on the bridge face higher charges. The toll rose to 6."
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get("6") != "death toll", got
