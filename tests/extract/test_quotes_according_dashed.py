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
            "Nobody knows when the line will reopen — the repairs could take months, according to the operator.",
            ("the operator", "the repairs could take months"),
        ),
    ],
)
def test_the_dashed_clause_is_sourced(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]


# Kept: no subject or no verb after the dash, a dateline's dash, a dashed aside's closing dash and a clause that goes
# on with "and" leave the sentence whole (review s25 rev2q MED 6: the aside's end and the "and" split it).
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Two people died in the blast — police believe one was a child — and three others were hurt, according to"
            " officials.",
            (
                "officials",
                "Two people died in the blast — police believe one was a child — and three others were hurt",
            ),
        ),
        (
            "The storm hit the coast on Monday — and more rain is expected on Friday, according to forecasters.",
            ("forecasters", "The storm hit the coast on Monday — and more rain is expected on Friday"),
        ),
        (
            "The mine flooded — the shaft was unsafe — but the search goes on, according to the company.",
            ("the company", "The mine flooded — the shaft was unsafe — but the search goes on"),
        ),
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
