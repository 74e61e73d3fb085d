"""Quotes and claims: an intention is the infinitive after its verb, not a clause before the subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 160 articles: 'They have imposed sharp cuts ... — McClatchy is planning to end Saturday publication ...' gave
# McClatchy the whole sentence; polnear_dev: 'The Republican nominee continues to insist ..., that he really,
# really wants to release his taxes ...' gave 'wants' the whole sentence.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Public companies such as Gannett and McClatchy have resisted such fatalism. They have imposed sharp cuts"
            " and cut back on physical delivery — McClatchy is planning to end Saturday publication of all its"
            " newspapers by the end of next year.",
            ("McClatchy", "to end Saturday publication of all its newspapers by the end of next year"),
        ),
    ],
)
def test_intention_is_the_infinitive_after(parsed, text: str, expected: tuple[str, str]) -> None:
    rows = rows_of(parsed, text)
    assert expected in rows
    assert not [r for r in rows if r[1].startswith("They have imposed")]


# Near misses: plain intentions unchanged.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Clinton wants to triple the tax.", ("Clinton", "to triple the tax")),
        ("The company plans to close the plant next year.", ("The company", "to close the plant next year")),
    ],
)
def test_plain_intentions_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
