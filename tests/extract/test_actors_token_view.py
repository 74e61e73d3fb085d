"""Actors: the token view takes the caller's text only when it is the one the doc was parsed from (review s25 r2
finding 10); another text of the same length is not trusted."""

from __future__ import annotations

from extract.actors.tokens import _Sents


def test_the_callers_text_is_used_when_it_is_the_docs(parsed) -> None:
    text = "Mayor Ann Lee said the city needs more buses."
    doc, rep = parsed(text)
    assert _Sents.of(doc, rep.text).doc_text is rep.text


def test_a_text_of_the_same_length_is_not_trusted(parsed) -> None:
    text = "Mayor Ann Lee said the city needs more buses."
    doc, rep = parsed(text)
    other = "Mayor Ann Lee said the town needs more buses."[: len(rep.text)].ljust(len(rep.text))
    other = other[:-6] + "trams."
    assert len(other) == len(rep.text) and other != rep.text
    assert _Sents.of(doc, other).doc_text == doc.text
