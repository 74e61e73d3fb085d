"""Quotes: a text goes on speaking ("“...,” the statement continued"), though things only continue otherwise."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def cues_of(parsed, text: str) -> list[tuple[str | None, str]]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [(q.speaker_text, q.cue) for q in quotes]


@pytest.mark.parametrize(
    ("closing", "expected"),
    [
        ("the statement continued.", [("the statement", "continued")]),
        # near miss: a thing that is no text does not speak by continuing
        ("the rain continued.", [("The company", "spoke")]),
    ],
)
def test_text_continues(parsed, closing, expected):
    text = (
        "The company spoke on Friday. \u201cWe have never seen anything like this storm in our lives,\u201d "
        + closing
        + "\n"
    )
    assert cues_of(parsed, text) == expected


def test_text_continuing_without_a_quote_says_nothing(parsed):
    assert cues_of(parsed, "The statement continued to circulate online for days after the storm.\n") == []
