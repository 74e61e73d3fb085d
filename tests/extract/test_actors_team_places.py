"""Actors: a one-word "place" no gazetteer knows that the text uses as a team ("Wild coach Bruce Boudreau", "the
Wild's 4-1 win") is an organisation, wherever the document names it alone."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


def test_a_team_tagged_a_place_is_an_organisation(parsed) -> None:
    text = (
        "BUFFALO, N.Y. — Hours before Zach Parise's two-goal game Tuesday, Wild coach Bruce Boudreau expressed "
        'confidence in the forward. "He\'s getting a little bit of confidence back," Boudreau said before the '
        "Wild's 4-1 win over the Sabres. His goals gave the Wild a commanding lead."
    )
    assert actor_kinds_of(parsed, text)["Wild"] == "organization"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Near misses: a small town's police and a game played in a town: the town stays a place.
        ("Uncasville police said the road was closed. In Uncasville, the Sun beat the Sky 80-75.", "Uncasville"),
        ("The fans in Green Bay cheered as the Packers won 24-20.", "Green Bay"),
        # A region with a range or a loss is no team (review s17 HIGH-2).
        (
            "A winter storm will bring snow to the Midwest on Thursday. Forecasters said the Midwest could see 6-10 "
            "inches by Friday.",
            "Midwest",
        ),
        ("Midwest farmers suffered losses this year, and the Midwest's loss is Brazil's win.", "Midwest"),
    ],
)
def test_a_town_of_a_game_stays_a_place(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text)[name] == "place"
