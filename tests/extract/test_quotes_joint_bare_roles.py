"""Quotes and claims: joint speakers each with a bare role ("Tom Hill, chairman, and Ana Reyes, chief executive,
said") are all speakers, though the parser joins the second name to the first one's role."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Session 26's list and probe s27 class 11: only the first name was credited ("Reyes" is a conjunct of "chairman").
@pytest.mark.parametrize(
    ("text", "speakers"),
    [
        ("Tom Hill, chairman, and Ana Reyes, chief executive, said the deal was done.", ("Tom Hill", "Ana Reyes")),
        (
            "Greta Lindqvist, chairman, and Oskar Brandt, chief executive, said in a joint statement that the merger "
            "would create the largest ferry operator in the Baltic.",
            ("Greta Lindqvist", "Oskar Brandt"),
        ),
        (
            "Tom Hill, the chairman, and Ana Reyes, the chief executive, said the deal was done.",
            ("Tom Hill", "Ana Reyes"),
        ),
        ('"We are done," said Tom Hill, chairman, and Ana Reyes, chief executive.', ("Tom Hill", "Ana Reyes")),
    ],
)
def test_every_name_with_a_bare_role_speaks(parsed, text, speakers) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert claims
    assert all(c.sources == speakers for c in claims)
    assert all(q.speakers == speakers for q in quotes)


@pytest.mark.parametrize(
    "text",
    [
        "Tom Hill, chairman and chief executive, said the deal was done.",  # one man, two roles
        "Tom Hill, chairman of Acme and Beta Corp, said the deal was done.",  # the firms he chairs
        "Tom Hill, vice president, Acme Sales and Operations, said the deal was done.",  # his division
    ],
)
def test_one_speaker_kept(parsed, text) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [("Tom Hill",)]


# Review s27 rev4q LOW 6: a body joined the same way speaks too when its own apposition gives its role.
def test_body_with_its_role_speaks_too(parsed) -> None:
    text = "Tom Hill, chairman, and Acme Holdings, the majority owner, said the plant would close."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.sources for c in claims] == [("Tom Hill", "Acme Holdings")]
