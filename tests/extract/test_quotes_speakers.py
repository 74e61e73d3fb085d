"""Quotes and claims: a speaker's name is the one the story gives in full, so the story's actors cannot take a
surname for a namesake from another article."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


# A surname alone ("Williams said") is the one person of the story with that surname; the story build otherwise
# mapped it to whichever "Williams" the other articles knew (a boxer for a Pence aide).
@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "Lawmakers questioned Jennifer Williams, an aide to the vice president, on Tuesday. "
            "Williams said the phone call was unusual.",
            "the phone call was unusual",
            "Jennifer Williams",
        ),
        (
            "Martin Taylor, 43, fell ill last year. Taylor said the doctors had no idea what was wrong.",
            "the doctors had no idea what was wrong",
            "Martin Taylor",
        ),
        # near misses: two people of the story share the surname, and a name given in full stays as it is
        (
            "Jennifer Williams and Serena Williams attended the hearing. Williams said the call was unusual.",
            "the call was unusual",
            "Williams",
        ),
        (
            "Lawmakers questioned Jennifer Williams on Tuesday. Mark Williams said the call was unusual.",
            "the call was unusual",
            "Mark Williams",
        ),
    ],
)
def test_surname_is_the_storys_full_name(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source
