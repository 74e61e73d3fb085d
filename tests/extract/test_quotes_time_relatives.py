"""Quotes and claims: "said at the time that ..." reports the clause the parser read as a relative one on the time."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 160 articles: 'Both men claimed at the time that they were being treated well and asked their government ...' had
# no claim; polnear_dev: 'The New York Times reported at the time that the RT editor in chief ... conveyed to Ms.
# Martin that ...' gave the Times only the inner clause.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor said at the time that he was in Paris.", ("The mayor", "that he was in Paris")),
        (
            "Both men claimed at the time that they were being treated well and asked their government to act.",
            ("Both men", "that they were being treated well"),
        ),
        (
            "Still, The New York Times reported at the time that the RT editor in chief, Margarita Simonyan, conveyed"
            " to Ms. Martin that her statement was ''not in line with our editorial policy.''",
            (
                "The New York Times",
                "that the RT editor in chief, Margarita Simonyan, conveyed to Ms. Martin that her statement was ''not"
                " in line with our editorial policy.''",
            ),
        ),
    ],
)
def test_clause_after_the_time_is_said(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Near misses: a verb of talking takes no that-clause, so the time's clause stays a time; a relative clause whose
# "that" is its subject is one; a plain date phrase before a that-clause reports as before.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The mayor spoke at the time that the fire broke out.", None),
        (
            "The mayor said at the meeting that was held Monday that taxes would rise.",
            ("The mayor", "that taxes would rise"),
        ),
        ("Officials said on Monday that the dam was safe.", ("Officials", "that the dam was safe")),
    ],
)
def test_time_relatives_near_misses(parsed, text: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    if expected is None:
        assert rows == []
    else:
        assert expected in rows
