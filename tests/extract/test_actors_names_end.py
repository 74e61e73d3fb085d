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
        # A name ending on one letter ('Group D.' was the example; a tournament's group is no actor now).
        ("The speech was given by Malcolm X.", "Malcolm X"),
        # Near misses: a company's legal form and a generational suffix keep their period.
        ("The deal was led by Ceres Robotics Inc.", "Ceres Robotics Inc."),
        ("The bill was backed by James Kennedy Jr.", "James Kennedy Jr."),
    ],
)
def test_a_sentence_period_is_no_part_of_a_name(parsed, text: str, name: str) -> None:
    got = mentions_of(parsed, text)
    assert name in got
    assert got[name] == name


@pytest.mark.parametrize(
    ("text", "present", "absent"),
    [
        # A quote's first word glued to the country after it.
        ('"Say Mexico demanded that the border be closed," the senator said.', "Mexico", "Say Mexico"),
        # Near misses: words that start places' names, and a first word that is a place's own.
        ("New Mexico demanded that the border be closed.", "New Mexico", "Mexico"),
        ("Central Florida braced for the storm on Monday.", "Central Florida", "Florida"),
        ("Mexico City officials said the border would stay open.", "Mexico City", "City"),
    ],
)
def test_a_sentence_word_glued_to_a_place(parsed, text: str, present: str, absent: str) -> None:
    got = mentions_of(parsed, text)
    assert present in got
    assert absent not in got
