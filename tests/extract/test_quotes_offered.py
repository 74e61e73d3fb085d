"""Quotes and claims: words handed over ("offered some pointed advice", "gave his assessment of ...")."""

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


# Offering, giving, providing or delivering an utterance (advice, an assessment, insights, condolences, a
# retort) reports it, as PolNeAR does: the utterance noun's phrase is what the named speaker said.
@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Bernie Sanders offered some pointed advice to Hillary Clinton.",
            ("Bernie Sanders", "some pointed advice to Hillary Clinton"),
        ),
        (
            "Senator Smith offered condolences to the families of the victims.",
            ("Senator Smith", "condolences to the families of the victims"),
        ),
        ("Senator Smith gave his assessment of the talks on Monday.", ("Senator Smith", "his assessment of the talks")),
        (
            "Donald Trump offered insights into a cutthroat approach to business dealings.",
            ("Donald Trump", "insights into a cutthroat approach to business dealings"),
        ),
    ],
)
def test_offered_words_are_reported(parsed, text: str, expected: tuple[str, str]) -> None:
    assert expected in [(c.source_text, c.text) for c in claims_of(parsed, text)]


# Near misses: what is offered or given is no utterance, none is offered ("no explanation": the writer's remark), or
# the verb takes an infinitive (an offer to act).
@pytest.mark.parametrize(
    "text",
    [
        "The bank offered loans to parents.",
        "Senator Smith offered to resign.",
        "Senator Smith gave a speech in Ohio.",
        "Smith offered no explanation for the delay.",
    ],
)
def test_offered_near_misses_report_nothing(parsed, text: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == []
