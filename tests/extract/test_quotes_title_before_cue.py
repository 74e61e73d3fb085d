"""Quotes and claims: "The Minister of Agriculture, Mr. X explained, <clause>": a cue set off by commas after the
speaker's title (Indonesian and Malaysian English put the title first) reports the clause after it, not the title."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


# Probe s27 class 3 (2 of 3 variants): the parser made the title a subject of the clause, so the cue read as one
# interrupting its clause ("The benefit, it says, would be $300") and the claim opened with title, name and cue.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "The Minister of Agriculture, Mr. Suharto Wijaya explained, the rice stock is enough until the end of "
            "the year.",
            ("Mr. Suharto Wijaya", "the rice stock is enough until the end of the year"),
        ),
        (
            "The Minister of Agriculture, Suharto Wijaya explained, the rice stock is enough until the end of the "
            "year.",
            ("Suharto Wijaya", "the rice stock is enough until the end of the year"),
        ),
        (
            "The Minister of Agriculture, Mr. Suharto Wijaya explained, the rice stock in the warehouses of Bulog is "
            "enough until the end of the year.",
            ("Mr. Suharto Wijaya", "the rice stock in the warehouses of Bulog is enough until the end of the year"),
        ),
        (
            "The head of the union, Jane Roe said, the strike will go ahead.",
            ("Jane Roe", "the strike will go ahead"),
        ),
    ],
)
def test_claim_starts_after_the_cue(parsed, text, expected) -> None:
    assert rows_of(parsed, text) == [expected]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # review s27 rev2q LOW 7: a subject before the cue that is no title, office or people is the clause's own
        (
            "The main problem, the report said, the city has too few nurses.",
            ("the report", "The main problem, the report said, the city has too few nurses"),
        ),
        (
            "This week, the minister said, the talks will resume.",
            ("the minister", "This week, the minister said, the talks will resume"),
        ),
        # a cue inside its clause reports all of it
        (
            "The plan, the mayor said, would cost $5 million.",
            ("the mayor", "The plan, the mayor said, would cost $5 million"),
        ),
        # the title set before the name in the usual order
        (
            "The Agriculture Minister, Mr. Suharto Wijaya explained, the rice stock is enough until the end of the "
            "year.",
            ("Mr. Suharto Wijaya", "the rice stock is enough until the end of the year"),
        ),
    ],
)
def test_kept(parsed, text, expected) -> None:
    assert rows_of(parsed, text) == [expected]
