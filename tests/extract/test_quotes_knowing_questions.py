"""Quotes and claims: knowing and figuring out report a belief only with a declarative clause the subject holds."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# A wh-clause or an "if" after "know" or "figure out" is an open question, and an effort to find out ("trying to
# figure out ...") holds no belief yet: nothing is claimed (audit s23 row 1; 160 articles: 'the author knows what
# he's doing', 'before they knew who they wanted to reach', 'before they know if it will make money').
@pytest.mark.parametrize(
    "text",
    [
        "And Taylor Swift fans almost broke Investopedia trying to figure out what private equity is.",
        "Readers need faith that the author knows what he's doing.",
        "Many people took courses on Facebook ads before they knew who they wanted to reach.",
        "Who invests in a business idea before they know if it will make money?",
    ],
)
def test_knowing_a_question_claims_nothing(parsed, text: str) -> None:
    assert rows_of(parsed, text) == []


# Near misses: knowing or figuring out that something is so is a belief held (PARC and PolNeAR attribute it).
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Officials knew that the dam was unsafe.", ("Officials", "that the dam was unsafe")),
        (
            "Investigators figured out that the fire started in the kitchen.",
            ("Investigators", "that the fire started in the kitchen"),
        ),
        ("The mayor knows that the plan will fail.", ("The mayor", "that the plan will fail")),
        (
            "Ms. Smith knew her daughter was posing as a tax service on Instagram.",
            ("Ms. Smith", "her daughter was posing as a tax service on Instagram"),
        ),
        ("Another user wondered why the state bothered to trademark the tagline.", None),
    ],
)
def test_knowing_that_is_a_belief(parsed, text: str, expected: tuple[str, str] | None) -> None:
    rows = rows_of(parsed, text)
    if expected is None:
        # "wondered why ...": a question asked is still reported (not a verb of knowing)
        assert [r for r in rows if r[1].startswith("why the state")], rows
    else:
        assert expected in rows
