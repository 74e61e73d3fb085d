"""The head of a story: just what the panels show of it, so a launch can paint that before reading the whole story.

A 1,000-file story's snapshot takes about 0.4 s to decode; its head (the first rows of each panel plus the true
counts) a few milliseconds. The head is painted first and replaced by the whole story as soon as that is read.
"""

from __future__ import annotations

from itertools import islice

from extract.diff import cached_quote_key
from extract.records import Claim, Quote, Story
from tui.widgets.claims import claim_items

TOTALS = "totals"
"""Key in ``Story.extra`` of a head's counts of the whole story."""
SEEN = "seen"
"""Key in ``Story.extra`` of the first-seen times of a head's quotes (its claims carry theirs)."""


def head_seen(story: Story) -> dict[str, str]:
    """The first-seen times a head carries (empty for a whole story)."""
    seen = story.extra.get(SEEN)
    return dict(seen) if isinstance(seen, dict) else {}


def head_story(story: Story, first_seen: dict[str, str], limit: int) -> Story:
    """The part of ``story`` the unfiltered panels show (``limit`` rows each), with the whole story's counts.

    A head holds the quotes of the claims panel that no claim contains, so it must not be aggregated again."""
    items, count = claim_items(story, first_seen)
    # Twice the rows: the panel shows a claim repeated in one file once.
    shown = [record for record, _ in islice(items, 2 * limit)]
    quotes = tuple(r for r in shown if isinstance(r, Quote))
    return Story(
        documents=story.documents,
        actors=story.actors[:limit],
        figures=story.figures[:limit],
        quotes=quotes,
        claims=tuple(r for r in shown if isinstance(r, Claim)),
        conflicts=story.conflicts,
        warnings=story.warnings,
        extra={
            SEEN: {k: first_seen[k] for q in quotes if (k := cached_quote_key(q)) in first_seen},
            TOTALS: {
                "actors": len(story.actors),
                "figures": len(story.figures),
                "claims": len(story.claims),
                "claim_rows": count,
            },
        },
    )


def totals(story: Story) -> dict[str, int]:
    """Counts of the whole story: a head's stored counts, or the story's own."""
    known = story.extra.get(TOTALS)
    if isinstance(known, dict):
        return known
    return {"actors": len(story.actors), "figures": len(story.figures), "claims": len(story.claims)}
