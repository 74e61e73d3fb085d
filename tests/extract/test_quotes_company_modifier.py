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
        # review r2 HIGH-4: the one who reports on the company, or who acts on it in a clause of its own, is not it
        (
            "Boeing executives met with regulators on Monday, the Federal Aviation Administration said. The company "
            "said the budget was tight.",
            "Boeing",
        ),
        (
            "Amazon workers in Alabama voted against a union, the National Labor Relations Board said. The company "
            "said the budget was tight.",
            "Amazon",
        ),
        (
            "Boeing shares fell 6 percent on Tuesday, Bloomberg reported. The company said the budget was tight.",
            "Boeing",
        ),
        (
            "Boeing shares rose 4 percent after Goldman Sachs upgraded the stock. The company said the budget was "
            "tight.",
            "Boeing",
        ),
    ],
)
def test_the_company_is_the_subject_not_a_modifier(parsed, text, source):
    found = {k: v for k, v in sources_of(parsed, text).items() if "the budget was tight" in k and v is not None}
    assert list(found.values())[:1] == [source], found
