"""What the panels show: the story narrowed by the actor cross-filter and the per-panel text filters.

Pure functions on records (no widgets), shared by the panels and by export so "the current view" is one thing.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

from extract.records import Actor, Claim, Figure, Quote, Story

PANELS = ("actors", "figures", "claims")


@dataclass(frozen=True, slots=True)
class ViewFilter:
    """The filters the user has set."""

    actor: Actor | None = None
    """Show only facts involving this actor in the other panels."""
    text: dict[str, str] = field(default_factory=dict)
    """Panel id -> case-insensitive text that rows must contain."""

    @property
    def active(self) -> bool:
        return self.actor is not None or any(self.text.values())


def actor_names(actor: Actor) -> tuple[str, ...]:
    """The names by which the story refers to an actor."""
    return tuple(dict.fromkeys(n for n in (actor.name, *actor.aliases) if n))


def name_pattern(actor: Actor) -> re.Pattern[str]:
    """A whole-word, case-insensitive pattern for any of the actor's names (compiled once per filter)."""
    names = sorted(actor_names(actor), key=len, reverse=True)
    return re.compile(r"(?<!\w)(?:" + "|".join(re.escape(n) for n in names) + r")(?!\w)", re.IGNORECASE)


def figure_involves(f: Figure, pattern: re.Pattern[str]) -> bool:
    return bool(pattern.search(f.sentence) or pattern.search(f.about or ""))


def claim_involves(c: Claim | Quote, actor: Actor, pattern: re.Pattern[str]) -> bool:
    if isinstance(c, Claim):
        who, who_text, everyone = c.source, c.source_text, c.sources
    else:
        who, who_text, everyone = c.speaker, c.speaker_text, c.speakers
    if who == actor.name or actor.name in everyone:
        return True
    return bool(pattern.search(c.text) or pattern.search(who_text or ""))


def _has(needle: str, *fields: object) -> bool:
    return needle in " ".join("" if f is None else str(f) for f in fields).lower()


def view_story(story: Story, view: ViewFilter) -> Story:
    """The story as the panels show it under ``view``."""
    actors, figures, quotes, claims = story.actors, story.figures, story.quotes, story.claims
    if view.actor is not None:
        pattern = name_pattern(view.actor)
        figures = tuple(f for f in figures if figure_involves(f, pattern))
        quotes = tuple(q for q in quotes if claim_involves(q, view.actor, pattern))
        claims = tuple(c for c in claims if claim_involves(c, view.actor, pattern))
    if needle := view.text.get("actors", "").lower():
        actors = tuple(a for a in actors if _has(needle, a.name, a.kind, *a.aliases, *a.roles))
    if needle := view.text.get("figures", "").lower():
        figures = tuple(
            f
            for f in figures
            if _has(needle, f.about, f.text, f.display, f.kind, f.unit, f.per, f.sentence, f.document)
        )
    if needle := view.text.get("claims", "").lower():
        quotes = tuple(q for q in quotes if _has(needle, q.text, q.speaker, q.speaker_text, q.document))
        claims = tuple(c for c in claims if _has(needle, c.text, c.source, c.source_text, c.document))
    conflicts = story.conflicts
    if figures is not story.figures:
        kept = {(f.document, f.start) for f in figures}
        conflicts = tuple(c for c in conflicts if any((v.document, v.start) in kept for v in c.values))
    return replace(story, actors=actors, figures=figures, quotes=quotes, claims=claims, conflicts=conflicts)
