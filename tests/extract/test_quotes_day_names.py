"""Claims: a reported clause whose subject the parser joined to the report's day ("said on Wednesday Australia would
...", "said Friday China had ...") starts at that subject."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s26 (41, j): 'said on Wednesday Australia would not back down' gave the claim 'would not back down'.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Prime Minister Mark Hale said on Wednesday Australia would not back down.",
            ("Prime Minister Mark Hale", "Australia would not back down"),
        ),
        (
            "The minister said on Tuesday Germany would send more troops.",
            ("The minister", "Germany would send more troops"),
        ),
        ("The spokesman said Friday China had lodged a protest.", ("The spokesman", "China had lodged a protest")),
        ("Officials said on Monday Apple would pay the fine.", ("Officials", "Apple would pay the fine")),
        # review s26 rev3q HIGH 1: AP's commonest shape, a weekday before a common-noun subject
        ("The company said Tuesday profits rose 5 percent.", ("The company", "profits rose 5 percent")),
        ("The ministry said Friday exports rose 3 percent.", ("The ministry", "exports rose 3 percent")),
    ],
)
def test_the_name_after_the_day_opens_the_clause(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)


# Unchanged: a common-noun subject after the day, a "that" clause; a month or a holiday before a common noun.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("She said on Monday the bill would pass.", ("She", "the bill would pass")),
        (
            "Officials said on Monday that Australia would not back down.",
            ("Officials", "that Australia would not back down"),
        ),
        # review s26 rev2q HIGH 1: a month or a holiday describes the subject
        ("Analysts said January inflation data would be key.", ("Analysts", "January inflation data would be key")),
        (
            "Retailers said Christmas sales were the weakest in a decade.",
            ("Retailers", "Christmas sales were the weakest in a decade"),
        ),
        ("The mayor said Thanksgiving traffic would be heavy.", ("The mayor", "Thanksgiving traffic would be heavy")),
        ("Economists said October exports fell 3 percent.", ("Economists", "October exports fell 3 percent")),
        ("Officials said Tuesday's vote would go ahead.", ("Officials", "Tuesday's vote would go ahead")),
    ],
)
def test_other_clauses_unchanged(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in rows_of(parsed, text)
