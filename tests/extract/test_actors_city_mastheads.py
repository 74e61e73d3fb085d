"""Actors: a city's name before an organisation's head noun ("Miami Herald") names an organisation whatever the tagger
said."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


def test_a_city_newspaper_tagged_a_person_is_an_organisation(parsed) -> None:
    text = (
        "Sacramento-based McClatchy, a chain of 30 newspapers including the Sacramento Bee, Miami Herald and "
        "Kansas City Star, may be another canary in the news industry's coal mine."
    )
    assert kinds_of(parsed, text)["Miami Herald"] == "organization"


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        # Near misses: a place whose own name ends on such a noun.
        ("Tourists filled Union Square in San Francisco on Sunday.", "San Francisco", "place"),
    ],
)
def test_other_names_keep_their_kind(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind
