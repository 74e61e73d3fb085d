"""Quotes in single marks ('...' and ‘...’), as British, Indian and African outlets quote: paired at word edges in a
story with no double marks, never an apostrophe ("don't", "the workers' union", "rock 'n' roll", "the '90s")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe_q v6/a (s25 review, HIGH 4): no quote, and an indirect claim "'We will not back down".
        (
            "'We will keep the plant open,' said Ruth Evans, the firm's chief executive.",
            [("Ruth Evans", "We will keep the plant open,")],
        ),
        (
            "‘The vote was fair,’ Tom Hart said. ‘We accept it.’\n\nThe count ended at midnight.",
            [("Tom Hart", "The vote was fair,"), ("Tom Hart", "We accept it.")],
        ),
        (
            "Finance minister Asha Rao said the country's debt was 'unsustainable' and 'rising fast'.",
            [("Asha Rao", "unsustainable"), ("Asha Rao", "rising fast")],
        ),
    ],
)
def test_single_marks_quote(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == expected
    assert all(not c.text.startswith("'") for c in claims if c.kind == "direct")


def test_a_split_quote_claim_keeps_its_single_marks(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "'We will not back down,' Paul Novak said. 'This is about fairness.'")
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "'We will not back down,' Paul Novak said. 'This is about fairness.'")
    ]


# Kept: apostrophes quote nothing, and a story with double marks does not pair its single ones.
@pytest.mark.parametrize(
    "text",
    [
        "The workers' union said it wouldn't strike. Rock 'n' roll fans of the '90s packed the hall at 9 o'clock."
        " The Smiths' house, the Joneses' car and the boss's office were empty. It's the workers' right, the union's"
        " head said.",
        "Officials said the \"plan\" was dead. Fans of the '90s bands' songs said it was 'over'.",
    ],
)
def test_apostrophes_are_no_quotes(parsed, text: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes if q.text != "plan"] == []  # (the double-marked "plan" may be one)
