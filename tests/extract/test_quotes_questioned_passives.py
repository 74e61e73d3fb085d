"""Quotes: the passive of a verb of questioning whose subject is someone ("The senator was questioned by reporters",
"was asked by reporters about the vote") names the one asked, not anything said: no claim. A thing questioned is
doubted, and stays what was said ("The results were questioned by the opposition")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Brief s30 known error: passive 'was questioned by'
@pytest.mark.parametrize(
    "text",
    [
        "The senator was questioned by reporters about the vote.",
        "The senator was asked by reporters about the vote.",
        "She was questioned by police for three hours.",
    ],
)
def test_someone_questioned_is_no_claim(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


def test_a_thing_questioned_is_still_doubted(parsed) -> None:
    assert rows_of(parsed, "The results were questioned by the opposition.") == [("the opposition", "The results")]
