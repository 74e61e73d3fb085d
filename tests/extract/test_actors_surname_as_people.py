"""Actors: a word the tagger calls a nationality that is the surname of a full name in the story is that person (lead
s26 inbox, quotes probe class 8: the headline 'Albanese' typed a group); a plural stays a people or party."""

from __future__ import annotations

import pytest

from tests.extract.helpers import kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        (
            "'We will not be bullied,' says Albanese as China row deepens\n\nPrime Minister Anthony Albanese said on "
            "Wednesday Australia would not back down.",
            "Albanese",
        ),
        (
            'Vasek Pospisil edged Reilly Opelka 7-6 (5), 7-6 (7).\n\n"Came down to a few points," Opelka said.',
            "Opelka",
        ),
    ],
)
def test_a_surname_tagged_a_people_is_the_person(parsed, text: str, name: str) -> None:
    assert kinds_of(parsed, text).get(name) == "person"


def test_a_party_stays_a_group(parsed) -> None:
    text = "Virginia Democrats won control of the legislature. Democrats also won in Kentucky on Tuesday."
    assert kinds_of(parsed, text).get("Democrats") != "person"
