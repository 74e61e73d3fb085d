"""Quotes and claims: cognition verbs of realising and deciding."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes
from extract.records import Claim


def claims_of(parsed, text: str) -> list[Claim]:
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


# Realising, understanding, discovering and remembering that something is so report a belief, as "believe",
# "know" and "learn" do (PolNeAR attributes them); a decision taken ("decided to ...") is a held intention.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Mr. Obama, who understood that a legislative push would be fruitless, told his advisers to act.",
            ("Mr. Obama", "that a legislative push would be fruitless"),
        ),
        (
            "Mary Steenburgen realized that she had to do something with the song.",
            ("Mary Steenburgen", "that she had to do something with the song"),
        ),
        (
            "Investigators discovered that the accounts were opened without consent.",
            ("Investigators", "that the accounts were opened without consent"),
        ),
        (
            "Tim Cook remembered that Jobs rehearsed there for one event.",
            ("Tim Cook", "that Jobs rehearsed there for one event"),
        ),
        (
            "The FBI decided after a lengthy investigation not to recommend charges against her.",
            ("FBI", "not to recommend charges against her"),
        ),
    ],
)
def test_cognition_verbs_report_a_belief(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source or c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: a decision not (yet) taken is hypothetical, and the object of a cognition verb is no claim.
@pytest.mark.parametrize(
    "text",
    [
        "Analysts wonder when Disney might decide to stream marquee sports.",
        "If voters decide to stay home, turnout will fall.",
        "She remembered the song from her childhood.",
        "He understood the risks of the trip.",
    ],
)
def test_cognition_near_misses_report_nothing(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []
