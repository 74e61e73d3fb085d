"""Shared helpers of the extraction tests: run the extractors on a parsed text and pick out what a test checks."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors
from extract.figures import extract_figures, find_conflicts
from extract.keys import unit_with_per
from extract.quotes import extract_quotes
from extract.records import Claim, Figure, Mention, Quote


def mentions_of(parsed, text: str) -> list[Mention]:
    """The actor mentions of ``text``, in text order."""
    doc, rep = parsed(text)
    return extract_mentions(doc, rep, "a.txt")


def names_of(parsed, text: str) -> set[str]:
    """The names of the actor mentions of ``text``."""
    return {m.name for m in mentions_of(parsed, text)}


def kinds_of(parsed, text: str) -> dict[str, str]:
    """Each actor mention's name -> its kind (the last mention's, for a name given twice)."""
    return {m.name: m.kind for m in mentions_of(parsed, text)}


def actor_kinds_of(parsed, text: str) -> dict[str, str]:
    """Each merged actor's name -> its kind (actors as the story shows them: aliases merged into one)."""
    doc, rep = parsed(text)
    actors, _ = merge_actors(extract_mentions(doc, rep, "a.txt"))
    return {a.name: a.kind for a in actors}


def claims_of(parsed, text: str) -> list[Claim]:
    """The claims of ``text`` (each one's span checked against the text)."""
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    for c in claims:
        assert text[c.start : c.end] == c.text
    return claims


def quotes_and_claims_of(parsed, text: str) -> tuple[list[Quote], list[Claim]]:
    """The quotes and the claims of ``text``."""
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    quotes, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    return quotes, claims


def speaker_of(parsed, text: str, words: str) -> str | None:
    """The resolved speaker of the first quote of ``text`` that contains ``words`` (there must be one)."""
    quotes, _ = quotes_and_claims_of(parsed, text)
    hits = [q for q in quotes if words in q.text]
    assert hits, [q.text for q in quotes]
    return hits[0].speaker


def rows_of(parsed, text: str) -> list[tuple[str, str]]:
    """The claims of ``text`` as (source as written, claim text) rows."""
    return [(c.source_text, c.text) for c in claims_of(parsed, text)]


def sources_of(parsed, text: str) -> dict[str, str | None]:
    """Each claim's text -> its resolved source."""
    doc, rep = parsed(text)
    mentions = extract_mentions(doc, rep, "t.txt")
    _, claims, _ = extract_quotes(doc, rep, "t.txt", mentions)
    return {c.text: c.source for c in claims}


def source_of_claim(parsed, text: str, words: str) -> str | None:
    """The resolved source of the one claim of ``text`` whose text holds ``words`` (asserts there is exactly one)."""
    found = {k: v for k, v in sources_of(parsed, text).items() if words in k}
    assert len(found) == 1, sources_of(parsed, text)
    return next(iter(found.values()))


def first_source_of(parsed, text: str, words: str) -> str | None:
    """The resolved source of the first claim of ``text`` whose text holds ``words`` (there must be one)."""
    claims = claims_of(parsed, text)
    hits = [c for c in claims if words in c.text]
    assert hits, [c.text for c in claims]
    return hits[0].source


def figures_of(parsed, text: str) -> list[Figure]:
    """The figures of ``text`` other than dates."""
    doc, rep = parsed(text)
    return [f for f in extract_figures(doc, rep, "a.txt") if f.kind != "date"]


def unit_of(f: Figure) -> str | None:
    """A figure's unit with a money rate's denominator, as tables write it ("USD per share": unit USD, per share)."""
    return unit_with_per(f.unit, f.per)


def one_of(figs: list[Figure], value: float) -> Figure:
    """The one figure with ``value``."""
    found = [f for f in figs if f.value == pytest.approx(value)]
    assert len(found) == 1, figs
    return found[0]


def conflicts_of(parsed, *texts: str) -> list[list[float]]:
    """The conflicts between the figures of ``texts`` (one document each), as lists of values."""
    figs = []
    for i, text in enumerate(texts):
        doc, rep = parsed(text)
        figs += extract_figures(doc, rep, f"doc{i}.txt")
    return [[v.value for v in c.values] for c in find_conflicts(figs)]
