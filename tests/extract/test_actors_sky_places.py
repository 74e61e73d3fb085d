"""Actors: a body of the Solar System is a place whatever the tagger said ("land humans on the Moon", "the ice of
Enceladus"), unless the name speaks ("Mercury said": a company); and it is no short name of what is named after it
("the Moon" is not "Blue Moon", a lander)."""

from __future__ import annotations

from extract.actors import merge_actors
from tests.extract.helpers import kinds_of, mentions_of


def test_the_moon_is_a_place(parsed) -> None:
    text = "NASA plans to land humans on the Moon by 2024. Getting to the Moon is hard, the agency said."
    assert kinds_of(parsed, text).get("Moon") == "place", kinds_of(parsed, text)


def test_the_moon_is_no_short_blue_moon(parsed) -> None:
    text = (
        "NASA has recruited SpaceX's Starship, Blue Origin's Blue Moon and three other commercial lunar lander ideas."
        '\n\n"The CLPS initiative was designed to leverage the innovation of private industry to get to the Moon '
        "quickly,\" Thomas Zurbuchen said.\n\nBlue Origin's lander concept is based on its Blue Moon uncrewed vehicle."
    )
    actors, _ = merge_actors(mentions_of(parsed, text))
    blue = [a for a in actors if a.name == "Blue Moon"]
    assert all("Moon" not in a.aliases for a in blue), [(a.name, a.aliases) for a in actors]


def test_a_company_named_for_a_planet_that_speaks_stays(parsed) -> None:
    text = "Mercury said on Monday that it would cut 300 jobs at its plants."
    assert kinds_of(parsed, text).get("Mercury") == "organization", kinds_of(parsed, text)


def test_a_person_named_for_a_planet_stays(parsed) -> None:
    kinds = kinds_of(parsed, "Venus Williams won the match. Later, Venus thanked the crowd.")
    assert kinds.get("Venus") == "person", kinds
    kinds = kinds_of(parsed, "Freddie Mercury wrote the song. Mercury recorded it in 1975 with Queen.")
    assert kinds.get("Mercury") != "place", kinds
