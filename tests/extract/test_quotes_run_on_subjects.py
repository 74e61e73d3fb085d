"""Speakers: a second subject the parser cut from the end of the first one's phrase is no speaker of its own."""

from __future__ import annotations

import pytest

from tests.extract.helpers import first_source_of, rows_of


# Left from s25 (rev2q MED 8): 'A lawyer for union leader Tom Walsh and federation chair Karen Lee said ...' gave Karen
# Lee, the lawyer's client, as the speaker (the parser made 'Lee' a second subject of 'said').
@pytest.mark.parametrize(
    "text",
    [
        "A lawyer for union leader Tom Walsh and federation chair Karen Lee said the deal was fair.",
        "An aide to party leader Ana Reyes and deputy leader Tom Hale said the vote would go ahead.",
    ],
)
def test_no_client_speaks(parsed, text: str) -> None:
    assert first_source_of(parsed, text, "the") is None


# Kept: a name set apart by a comma after its title's phrase is the speaker.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The president of the European Commission, Ursula von der Leyen warned that Russia was rearming.",
            ("Ursula von der Leyen", "that Russia was rearming"),
        ),
        (
            "The Secretary General of NATO, Mark Rutte said the alliance was ready.",
            ("Mark Rutte", "the alliance was ready"),
        ),
    ],
)
def test_a_name_set_apart_speaks(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
