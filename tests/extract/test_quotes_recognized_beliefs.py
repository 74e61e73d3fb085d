"""Quotes and claims: "recognize that ..." reports a view its subject holds, as "realize that ..." does; an imperative,
a modal or an object without a clause ("recognized the union as ...") reports nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 160 articles: 'Recent governments have, however, recognized that Austrians were also perpetrators of Nazi crimes ...'
# and 'Chargers coach Anthony Lynn recognizes that his team's playoff hopes are ... slim' gave no row.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Recent governments have, however, recognized that Austrians were also perpetrators of Nazi crimes.",
            ("Recent governments", "that Austrians were also perpetrators of Nazi crimes"),
        ),
        (
            "Chargers coach Anthony Lynn recognizes that his team's playoff hopes are slim.",
            ("Chargers coach Anthony Lynn", "that his team's playoff hopes are slim"),
        ),
    ],
)
def test_recognized_view_is_a_claim(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        "Start small and recognize that no one is watching.",
        "Voters must recognize that the deal is bad.",
        "The court recognized the union as the workers' representative.",
    ],
)
def test_no_view_held(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []
