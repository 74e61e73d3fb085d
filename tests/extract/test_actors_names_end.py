"""Actors: where a name ends and starts at a sentence's edges."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions


def mentions_of(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    out = {}
    for m in extract_mentions(doc, rep, "a.txt"):
        assert text[m.start : m.end] == m.text
        out[m.name] = m.text
    return out


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # The period that ends the sentence is no abbreviation's.
        ('"It was a wonderful night," said Harrison Ford and Stephen Fry.', "Stephen Fry"),
        ('"We won," said Stephen Fry. Fry smiled.', "Stephen Fry"),
        ("The top seeds were drawn into Group D.", "Group D"),
        # Near misses: a company's legal form and a generational suffix keep their period.
        ("The deal was led by Ceres Robotics Inc.", "Ceres Robotics Inc."),
        ("The bill was backed by James Kennedy Jr.", "James Kennedy Jr."),
    ],
)
def test_a_sentence_period_is_no_part_of_a_name(parsed, text: str, name: str) -> None:
    got = mentions_of(parsed, text)
    assert name in got
    assert got[name] == name
