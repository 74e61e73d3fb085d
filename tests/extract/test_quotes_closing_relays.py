"""Quotes and claims: a closing cue with a subject of its own after a quote ('X said, "...," a spokesman said') relays
the sentence; it is no part of what the first cue says, whatever the parser hung on it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Review s24, finding 9: 93bdfbc's rule fired only when another clause of the cue came before the closing cue, so
# 'The mayor said, "The plan is dead," a spokesman said on Tuesday' gave the mayor the claim '"The plan is dead," a
# spokesman said on Tuesday'.
@pytest.mark.parametrize(
    ("text", "first", "said"),
    [
        ('The mayor said, "The plan is dead," a spokesman said on Tuesday.', "The mayor", "The plan is dead"),
        ('He said, "We will win," she said.', "He", "We will win"),
    ],
)
def test_closing_relay_is_no_part_of_the_quote(parsed, text: str, first: str, said: str) -> None:
    rows = [r for r in rows_of(parsed, text) if r[0] == first]
    assert rows
    assert all(" said" not in claim and claim.strip('",') == said for _, claim in rows)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            'The mayor said, "The plan is dead," a spokesman said on Tuesday.',
            ("a spokesman", 'The mayor said, "The plan is dead,"'),
        ),
        ("The mayor said the plan is dead, a spokesman said.", ("The mayor", "the plan is dead")),
        ("The mayor said the plan is dead, a spokesman said.", ("a spokesman", "The mayor said the plan is dead")),
    ],
)
def test_relays_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
