"""Aggregating per-document facts into one story: canonical actors, speakers, figure groups, conflicts."""

from __future__ import annotations

import dataclasses
from collections.abc import Mapping, Sequence

from extract.actors import merge_actors
from extract.figures import find_conflicts
from extract.keys import claim_key
from extract.records import Claim, DocFacts, Figure, Quote, Story


def _canonical(name: str | None, index: Mapping[str, str]) -> str | None:
    if not name:
        return name
    return index.get(name.lower(), name)


def _canonical_all(names: Sequence[str], index: Mapping[str, str]) -> tuple[str, ...]:
    out: list[str] = []
    for n in names:
        c = _canonical(n, index)
        if c and c not in out:
            out.append(c)
    return tuple(out)


def _figure_group(f: Figure) -> str:
    return (f.about or "").lower()


def build_story(facts: Sequence[DocFacts], first_seen: Mapping[str, str] | None = None) -> Story:
    """Merge documents' facts: one actor per real-world actor, canonical speakers, claims newest first."""
    first_seen = first_seen or {}
    facts = sorted(facts, key=lambda f: f.document.path)
    mentions = [m for f in facts for m in f.mentions]
    actors, index = merge_actors(mentions)

    quotes: list[Quote] = []
    claims: list[Claim] = []
    figures: list[Figure] = []
    warnings: list[str] = []
    for f in facts:
        for q in f.quotes:
            speakers = _canonical_all(q.speakers or ((q.speaker,) if q.speaker else ()), index)
            quotes.append(dataclasses.replace(q, speaker=speakers[0] if speakers else None, speakers=speakers))
        for c in f.claims:
            sources = _canonical_all(c.sources or ((c.source,) if c.source else ()), index)
            claims.append(dataclasses.replace(c, source=sources[0] if sources else None, sources=sources))
        figures.extend(f.figures)
        warnings.extend(f"{f.document.path}: {w}" for w in f.warnings)
        if f.document.error:
            warnings.append(f"{f.document.path}: {f.document.error}")

    # Figures grouped by what they count, groups in order of first appearance.
    order: dict[str, int] = {}
    for i, fig in enumerate(figures):
        order.setdefault(_figure_group(fig), i)
    figures.sort(key=lambda fig: (order[_figure_group(fig)], fig.document, fig.start))

    return Story(
        documents=tuple(f.document for f in facts),
        actors=tuple(actors),
        figures=tuple(figures),
        quotes=tuple(quotes),
        claims=_newest_first(claims, first_seen),
        conflicts=tuple(find_conflicts(figures)),
        warnings=tuple(warnings),
    )


def _newest_first(claims: Sequence[Claim], first_seen: Mapping[str, str]) -> tuple[Claim, ...]:
    """Claims stamped with their first-seen time, newest first, then in reading order."""
    stamped = [dataclasses.replace(c, first_seen=first_seen.get(claim_key(c)) or c.first_seen) for c in claims]
    stamped.sort(key=lambda c: (c.document, c.start))
    stamped.sort(key=lambda c: c.first_seen or "", reverse=True)
    return tuple(stamped)


def with_first_seen(story: Story, first_seen: Mapping[str, str]) -> Story:
    """The same story with claims re-stamped and re-ordered by first-seen time."""
    return dataclasses.replace(story, claims=_newest_first(story.claims, first_seen))
