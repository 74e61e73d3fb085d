"""Quotes and claims: marks, speakers, claims, as tables of text -> expected facts."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def run(parsed, text: str):
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    return extract_quotes(doc, rep, "t.txt", mentions)


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        ("\u201cWe will not retreat,\u201d Zelensky said on Monday.", "We will not retreat,", "Zelensky"),
        ('"We will not retreat," said Angela Merkel.', "We will not retreat,", "Angela Merkel"),
        ("Joe Biden said: \u201cThis is a serious threat.\u201d", "This is a serious threat.", "Joe Biden"),
        ("NATO described it as a \u201cserious threat\u201cfor Europe.", "serious threat", "NATO"),
    ],
)
def test_direct_quote_speaker(parsed, text: str, quote: str, speaker: str) -> None:
    quotes, _, _ = run(parsed, text)
    assert [(q.text, q.speaker) for q in quotes] == [(quote, speaker)]


@pytest.mark.parametrize(
    "text",
    ['"', "\u201c", 'He said "yes and "no', "\u201d\u201d\u201c", 'a " b " c " d', "\u201c\n\u201c\n\u201d x"],
)
def test_odd_marks_never_raise(parsed, text: str) -> None:
    quotes, claims, warnings = run(parsed, text)
    for r in [*quotes, *claims]:
        assert text[r.start : r.end] == r.text
