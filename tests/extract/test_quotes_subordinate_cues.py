"""Quotes and claims: a cue in a sentence's opening subordinate clause ("When X suggested that ..., Y ...") reports
its own clause, not the main clause the parser gave it as a second subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# 160 articles (audit s24, 80 of 100): 'When President Trump's advisers suggested that Beijing resume buying around $20
# billion in American farm products as part of a trade deal, Mr. Trump wasn't satisfied' gave the advisers the
# writer's main clause too.
def test_main_clause_is_no_part_of_the_report(parsed) -> None:
    text = (
        "When President Trump's advisers suggested that Beijing resume buying around $20 billion in American farm"
        " products as part of a trade deal, Mr. Trump wasn't satisfied."
    )
    assert rows_of(parsed, text) == [
        (
            "President Trump's advisers",
            "that Beijing resume buying around $20 billion in American farm products as part of a trade deal",
        )
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("When the mayor said the plan was dead, the council voted to scrap it.", ("the mayor", "the plan was dead")),
        (
            "When asked, the minister said prices would rise, and wages would fall.",
            ("the minister", "prices would rise, and wages would fall"),
        ),
        (
            "The minister said that prices, wages and rents would rise.",
            ("The minister", "that prices, wages and rents would rise"),
        ),
    ],
)
def test_reports_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
