"""Quotes and claims: cognition verbs of realising and deciding, and cues a "nor" negates."""

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
# "know" and "learn" do (PolNeAR attributes them); a named holder's decision that something is so is a ruling.
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
            "The Supreme Court decided that the law was unconstitutional.",
            ("Supreme Court", "that the law was unconstitutional"),
        ),
    ],
)
def test_cognition_verbs_report_a_belief(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source or c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: a decision not (yet) taken is hypothetical, one to act a deed, as remembering to act is; trying
# to understand how something happens is an open question: no claim.
@pytest.mark.parametrize(
    "text",
    [
        "Analysts wonder when Disney might decide to stream marquee sports.",
        "If voters decide to stay home, turnout will fall.",
        "He remembered to lock the door.",
        "The FBI decided after a lengthy investigation not to recommend charges against her.",
        "Doctors are trying to understand how the virus spreads.",
    ],
)
def test_cognition_near_misses_report_nothing(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# A "nor" before a cue negates it as "not" does: nothing was said or understood.
@pytest.mark.parametrize(
    "text",
    [
        "Nor did the senator say that the bill would pass.",
        "The mayor did not comment, and nor did she say when the road would reopen.",
        "Real people do not expound on the rules, nor do they always understand what is going on.",
    ],
)
def test_nor_negates_the_cue(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []


# Near miss: a "nor" in another clause leaves a later cue alone.
def test_nor_elsewhere_keeps_the_claim(parsed) -> None:
    text = "He would not run, nor would he campaign. Mr. Lee said it would pass."
    assert ("Mr. Lee", "it would pass") in [(c.source_text, c.text) for c in claims_of(parsed, text)]
