"""Quotes and claims: a noun of a trade the news uses for a company it just named ("Ford ... the automaker said",
"PG&E ... the utility said") stands for that company, as "the company" does."""

from __future__ import annotations

import pytest

from tests.extract.helpers import sources_of


@pytest.mark.parametrize(
    ("text", "claim", "source"),
    [
        (
            "VW has used chrome-like paint rather than actual chrome. The automaker says it will do that with all "
            "its models.",
            "it will do that with all its models",
            "VW",
        ),
        (
            "Delta canceled 300 flights on Monday. The airline said the storm had grounded its jets.",
            "the storm had grounded its jets",
            "Delta",
        ),
        (
            "Pacific Gas & Electric cut power to 800,000 customers. The utility said the shutoffs were needed.",
            "the shutoffs were needed",
            "Pacific Gas & Electric",
        ),
    ],
)
def test_trade_noun_is_the_company(parsed, text: str, claim: str, source: str) -> None:
    assert sources_of(parsed, text)[claim] == source


# Near misses: no company named; a public body is no company.
@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("The utility said power would be restored by Friday.", "power would be restored by Friday"),
        (
            "The Federal Aviation Administration grounded the jets. The airline said the storm had grounded them.",
            "the storm had grounded them",
        ),
    ],
)
def test_no_company_named(parsed, text: str, claim: str) -> None:
    assert sources_of(parsed, text)[claim] is None
