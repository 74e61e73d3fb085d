"""Actors: a one-word name the tagger calls a place and the gazetteer does not know is a company when the text uses
it as one (its spokesperson, shares or show; it reports news)."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions


def kinds_of(parsed, text: str) -> dict[str, str]:
    doc, rep = parsed(text)
    return {m.name: m.kind for m in extract_mentions(doc, rep, "a.txt")}


@pytest.mark.parametrize(
    ("text", "name", "kind"),
    [
        ("Taylor Swift said Big Machine had blocked her Netflix special.", "Netflix", "organization"),
        ("Bloomberg reported on Monday that WeWork is raising money.", "Bloomberg", "organization"),
        ("The shares rose 3%, Jefferies analyst Jonathan Matuszewski wrote on Tuesday.", "Jefferies", "organization"),
        # Near misses: a small town the gazetteer does not know keeps its place when the text uses it as one.
        ("The Alden police chief said the road was closed.", "Alden", "place"),
        ("The report said the Alden clinic was closed.", "Alden", "place"),
    ],
)
def test_a_place_the_text_uses_as_a_company(parsed, text: str, name: str, kind: str) -> None:
    assert kinds_of(parsed, text).get(name) == kind
