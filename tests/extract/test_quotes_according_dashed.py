"""Quotes: an "according to" phrase closing a sentence whose two clauses a dash joins sources the clause after the dash
alone, when each side has a subject and a finite verb of its own; the writer's clause before it is no one's report."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # 160 articles (785affa2c34e), s24 audit row 70: the Reporter sourced the writer's "It's unclear whether ...".
        (
            "It’s unclear whether the film is still based on the 2016 plan — both actors were said to have run into"
            " contractual issues in 2018, according to The Hollywood Reporter.",
            ("The Hollywood Reporter", "both actors were said to have run into contractual issues in 2018"),
        ),
        (
            "The storm hit the coast on Monday — and more rain is expected on Friday, according to forecasters.",
            ("forecasters", "more rain is expected on Friday"),
        ),
        (
            "Nobody knows when the line will reopen — the repairs could take months, according to the operator.",
            ("the operator", "the repairs could take months"),
        ),
    ],
)
def test_the_dashed_clause_is_sourced(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]


# Kept: no subject or no verb after the dash, or a dateline's dash, leave the sentence whole.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "That movie was poorly received — and flopped at the box office, according to Variety.",
            ("Variety", "That movie was poorly received — and flopped at the box office"),
        ),
        (
            "Sales rose in the spring - the best quarter in a decade, according to the company.",
            ("the company", "Sales rose in the spring - the best quarter in a decade"),
        ),
        # polnear_dev (a first draft moved it): a relative clause after the dash is no clause of its own.
        (
            "He gives a long treatise about why the other side must be wrong - which it often is, according to Scott.",
            ("Scott", "He gives a long treatise about why the other side must be wrong - which it often is"),
        ),
        (
            "WASHINGTON — The Senate passed the bill on Friday, according to aides.",
            ("aides", "The Senate passed the bill on Friday"),
        ),
    ],
)
def test_the_sentence_stays_whole(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]
