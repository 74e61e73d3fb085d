"""Quotes: what is no statement: an advice column's salutation, a site's notice, a deed that goes on, a published
title, a view inside a question or a condition."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "source"),
    [
        # An advice column: the salutation names whom the letter or the reply is addressed to, not the writer.
        ("DEAR ABBY: My husband of more than 20 years just purchased plane tickets to India.\n", None),
        ("DEAR CONCERNED SISTER: If you and the younger sister are close, your question was fine.\n", None),
        # A site's affiliate notice is no statement of the FTC.
        ("FTC: We use income earning auto affiliate links.\n", None),
        # Near miss: a transcript label still speaks.
        ("Some people were asked about the deal.\n\nSANDERS: We will not accept this deal.\n", "Sanders"),
    ],
)
def test_salutation_is_no_speaker(parsed, text: str, source: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, "Advice for readers\n\n" + text)
    hits = [c for c in claims if c.cue == ":"]
    if source is None:
        assert not hits
    else:
        assert hits and hits[0].source_text.lower() == source.lower()


@pytest.mark.parametrize(
    ("text", "cue", "expected"),
    [
        # A deed that goes on, a title published: no words are reported.
        ("Apple continues to offer free repairs to affected customers.", "continues", None),
        ("Joe Biden continues to be the favorite of many establishment Democrats.", "continues", None),
        ("Instead, Tor published Scholars with a blank back cover.", "published", None),
        # Review r2 LOW-1: a country's or a team's deed, whatever the last word of its name.
        (
            "The United States continues to send weapons to Ukraine despite objections in Congress.",
            "continues",
            None,
        ),
        ("The Cardinals continue to struggle against left-handed pitching.", "continue", None),
        # Near misses: a verb of saying after "continue", an order's content, a text that goes on.
        ("Mr. Trump continues to insist his tactics will be worth it.", "insist", "his tactics will be worth it"),
        ("The judge ordered that the documents be released.", "ordered", "that the documents be released"),
        (
            "Hillary Clinton kept her cool, continuing to poke at his soft spots.",
            "continuing",
            "to poke at his soft spots",
        ),
        ("\u201cWe will not stop,\u201d the statement continued.", "continued", "We will not stop,"),
    ],
)
def test_deeds_are_no_claims(parsed, text: str, cue: str, expected: str | None) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    hits = [c for c in claims if c.cue == cue]
    if expected is None:
        assert not hits
    else:
        assert hits and hits[0].text == expected


@pytest.mark.parametrize(
    ("text", "cues"),
    [
        # A view inside a question or a condition is no one's claim.
        ("Mr. Trump gave mixed signals about whether he actually wants a deal with China.", []),
        ("Officials are asking whether Beijing wants to buy more soybeans.", ["asking"]),
        # Near misses: the same view stated; a quote an officer ordered.
        ("Mr. Trump gave mixed signals. He actually wants a deal with China.", ["wants"]),
        ("Beijing wants to buy more soybeans.", ["wants"]),
        ("\u201cHands! Let me see your hands!\u201d an officer ordered. \u201cStep out.\u201d", ["ordered"]),
    ],
)
def test_view_in_a_question_is_no_claim(parsed, text: str, cues: list[str]) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.cue for c in claims] == cues


# Session 21 (left from s20): a named thing revealed or unveiled (a product) is shown, not said.
@pytest.mark.parametrize(
    "text",
    [
        "Lexus revealed the LC Convertible Concept, essentially an open-top version of the LC 500 grand tourer.",
        "Apple unveiled its 16-inch MacBook Pro on Wednesday.",
        "Samsung unveiled the Galaxy Fold at an event in San Francisco.",
    ],
)
def test_a_named_thing_revealed_is_no_claim(parsed, text):
    assert quotes_and_claims_of(parsed, text)[1] == []


# Near misses: words or plans revealed, a clause, a common noun's content.
@pytest.mark.parametrize(
    ("text", "content"),
    [
        ("Clinton unveiled a list of endorsements from 95 retired generals.", "a list of endorsements"),
        ("The company revealed plans to cut 500 jobs.", "plans to cut 500 jobs"),
        ("Holmes revealed that Sondland had called the president.", "that Sondland had called the president"),
    ],
)
def test_words_revealed_stay_claims(parsed, text, content):
    assert any(content in c.text for c in quotes_and_claims_of(parsed, text)[1])


# Session 21: a content that is only a circumstance (when, where) reports nothing that was said.
@pytest.mark.parametrize("text", ["After that, Ford wrote, and wrote, and wrote.", "The minister said that on Monday."])
def test_a_circumstance_is_no_claim(parsed, text):
    assert quotes_and_claims_of(parsed, text)[1] == []


# Near misses: a circumstance before a clause that was said stays in the row.
@pytest.mark.parametrize(
    ("text", "words"),
    [
        ("Since then, he said, nothing has changed.", "nothing has changed"),
        ("On Monday, the minister said, the talks resumed.", "the talks resumed"),
    ],
)
def test_a_circumstance_with_a_clause_stays(parsed, text, words):
    assert any(words in c.text for c in quotes_and_claims_of(parsed, text)[1])
