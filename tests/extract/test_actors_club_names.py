"""Actors: a town's name with a club's word before or after it names the club, an organisation ("Real Madrid",
"Athletic Bilbao", "Manchester City", "Tottenham Hotspur"; brief s28, probe s28 A7), and its town is no place of the
story; "City" and "Town" make a club only in a sentence about a game. Towns named so, a place the gazetteer knows
whole and the everyday word stay as they were."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "clubs", "not_places"),
    [
        ("Real Madrid beat Manchester City 3-1 on Wednesday.", ["Real Madrid", "Manchester City"], ["Madrid"]),
        ("Bayern Munich host Inter Milan next week.", ["Bayern Munich", "Inter Milan"], ["Bayern", "Munich"]),
        ("Atletico Madrid drew with Valencia on Sunday.", ["Atletico Madrid"], ["Madrid"]),
        ("Inter Miami travel to Atlanta United on Saturday.", ["Inter Miami", "Atlanta United"], ["Atlanta"]),
        (
            "Chelsea paid the fee to secure the signing of Athletic Bilbao keeper Kepa Arrizabalaga.",
            ["Athletic Bilbao"],
            ["Bilbao"],
        ),
        (
            "He has managed FC Porto, Inter Milan, Chelsea, Real Madrid and Manchester United.",
            ["FC Porto", "Real Madrid", "Manchester United"],
            ["Madrid"],
        ),
        ("Tottenham Hotspur said in a statement that Jose Mourinho would be the manager.", ["Tottenham Hotspur"], []),
    ],
)
def test_a_club_named_for_its_town_is_an_organisation(parsed, text: str, clubs: list[str], not_places: list[str]):
    kinds = actor_kinds_of(parsed, text)
    assert all(kinds.get(club) == "organization" for club in clubs), kinds
    assert all(kinds.get(town) != "place" for town in not_places), kinds


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # A town named "X City" outside a game, a place the gazetteer knows whole, the everyday word before a town.
        ("Boulder City said the road would reopen on Monday.", "Boulder City", "place"),
        ("A symposium runs Oct. 28–29 at Riveredge in Chesapeake City, MD.", "Chesapeake City", "place"),
        ("Mexico City said it would ban cars from the centre.", "Mexico City", "place"),
        ("Real estate in Madrid is expensive, agents said.", "Madrid", "place"),
        ("Police in Leicester said two men were arrested after the match.", "Leicester", "place"),
    ],
)
def test_towns_stay_places(parsed, text: str, name: str, kind: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == kind
