"""Quotes: "the company" is not a company named only to modify a noun ("Spotify investors") when the subject of
that sentence is another company ("Amazon is now letting you listen ... and Spotify investors are nervous")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Amazon is now letting you listen to music free on smartphones, and Spotify investors are already "
            "nervous. The company published a blog post saying the budget was tight.",
            "Amazon",
        ),
        # near misses: the company that modifies a noun is the one when no other company is the subject
        (
            "Microsoft reported strong sales on Monday. Apple shares fell 3 percent after the company said the "
            "budget was tight.",
            "Apple",
        ),
        ("Amazon said sales rose. Spotify investors are nervous. The company said the budget was tight.", "Amazon"),
    ],
)
def test_the_company_is_the_subject_not_a_modifier(parsed, text, source):
    found = {k: v for k, v in sources_of(parsed, text).items() if "the budget was tight" in k and v is not None}
    assert list(found.values())[:1] == [source], found
