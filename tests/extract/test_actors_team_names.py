"""Actors: teams named for their town (lead s26 inbox, probe class 3): a town's name modifying a team noun is the
town's team there ("Barcelona coach Hansi Flick"), and a known place that is no given name followed by an everyday
word is a team or a body, not a person ("Manchester United", "Leeds United")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


def _kinds(parsed, text: str) -> list[tuple[str, str]]:
    return [(m.name, m.kind) for m in mentions_of(parsed, text)]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Real Madrid beat Barcelona 3-2 on Saturday. Barcelona coach Hansi Flick said his side had been unlucky.",
            ("Barcelona", "organization"),
        ),
        ("England coach Gareth Southgate named his squad on Thursday.", ("England", "organization")),
        (
            "Cleveland DL Larry Ogunjobi was suspended for shoving Pittsburgh quarterback Mason Rudolph.",
            ("Pittsburgh", "organization"),
        ),
        ("Manchester United beat Liverpool 2-1 at Old Trafford on Sunday.", ("Manchester United", "organization")),
        ("Aston Villa and Leeds United drew 0-0 on Saturday.", ("Leeds United", "organization")),
    ],
)
def test_a_team_named_for_its_town(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in _kinds(parsed, text)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Kept: the town elsewhere in the same story stays a place; a given name that is also a town opens a person's
        # name.
        (
            "Real Madrid beat Barcelona 3-2 on Saturday. Barcelona coach Hansi Flick said his side had been unlucky.",
            ("Barcelona", "place"),
        ),
        ("Sydney Smith wrote the essay on Monday.", ("Sydney Smith", "person")),
        ("The mayor of Barcelona said the port would reopen.", ("Barcelona", "place")),
    ],
)
def test_towns_and_people_stay(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in _kinds(parsed, text)
