"""Quotes and claims: "told the tribunal that ..." parsed as a relative clause on the body told is what was told, when
the tagger calls "that" a conjunction or the clause's verb leaves no gap for "that" to fill."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s27 class 5 (3 variants): the rule for this parse took only a person, an organisation or the press as whom
# one tells; "the tribunal" gave no claim.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "A witness told the tribunal that soldiers had fired on the crowd without warning.",
            ("A witness", "that soldiers had fired on the crowd without warning"),
        ),
        (
            "A neighbour told the tribunal that soldiers had fired on the crowd.",
            ("A neighbour", "that soldiers had fired on the crowd"),
        ),
        (
            "The witness told the tribunal that soldiers had fired on the crowd.",
            ("The witness", "that soldiers had fired on the crowd"),
        ),
    ],
)
def test_told_a_body_that(parsed, text, expected) -> None:
    assert expected in rows_of(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        "The mayor told the man that he had hired in 2010.",  # a relative clause: whom he hired
        "He told the story that he had heard.",  # what was told
        "A witness told the tribunal that soldiers had fired in Kabul.",  # review s27 rev3q LOW 7: a named place
    ],
)
def test_relative_clauses_stay_no_claim(parsed, text) -> None:
    assert rows_of(parsed, text) == []
