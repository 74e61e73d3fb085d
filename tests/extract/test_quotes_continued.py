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
        ("the letter continued, citing the report.", [("the letter", "continued")]),
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


def claims_of(parsed, text: str) -> list[tuple[str | None, str]]:
    doc, rep = parsed(text)
    _, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [(c.source_text, c.text) for c in claims]


# A text that goes on after a quote tells what became of it, not what it says: no claim, and no row.
@pytest.mark.parametrize(
    "text",
    [
        "Smith wrote on Facebook: \u201cWe will fight this ruling to the very end of the line.\u201d The statement "
        "continued to circulate online for days after the vote.\n",
        "The mayor issued a statement on Friday. \u201cWe will rebuild every home that the storm destroyed in this "
        "city.\u201d The statement continued to draw criticism from residents.\n",
        "The company spoke on Friday. \u201cWe have never seen anything like this storm in our lives,\u201d the "
        "statement refused to say.\n",
    ],
)
def test_text_continuing_after_a_quote_says_nothing(parsed, text):
    assert not [r for r in claims_of(parsed, text) if (r[0] or "").lower().startswith("the statement")]
    assert all(cue not in ("continued", "refused") for _, cue in cues_of(parsed, text))


def test_text_continuing_without_a_quote_says_nothing(parsed):
    assert cues_of(parsed, "The statement continued to circulate online for days after the storm.\n") == []
