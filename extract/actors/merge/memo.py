"""One document's merge (_DocMerge) and the memo that keeps documents' merges and built actors from one call to the
next (MergeMemo)."""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from typing import TYPE_CHECKING

from extract.actors.merge.cluster_info import _cluster_info
from extract.actors.merge.document import _merge_document
from extract.actors.merge.tally import _tally
from extract.actors.merge.union import _Union
from extract.records import Actor, Mention

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info
    from extract.actors.merge.story_index import _Story
    from extract.actors.merge.tally import _Tally


@dataclass(frozen=True, slots=True)
class _DocMerge:
    """One document's merge: its mentions, each mention's cluster (local index of its first member), clusters' info."""

    mentions: tuple[Mention, ...]
    roots: tuple[int, ...]
    info: tuple[tuple[int, _Info], ...]
    tallies: dict[int, _Tally]
    """The tally (see _tally) of each cluster of several mentions, by its local root (a one-mention cluster's root is
    its mention)."""


class MergeMemo:
    """Per-document merges and built actors from the last ``merge_actors`` call, reused while unchanged.

    A story of a thousand files re-merges on every save; only the saved file's mentions changed.
    """

    __slots__ = ("actors", "buckets", "docs", "story")

    def __init__(self) -> None:
        self.docs: dict[str, _DocMerge] = {}
        self.actors: dict[tuple[Mention, ...], Actor] = {}
        self.buckets: dict[tuple[str, int, str], tuple[frozenset[str], frozenset[tuple[str, str]]]] = {}
        self.story: _Story | None = None


def _merge_one(mentions: tuple[Mention, ...]) -> _DocMerge:
    """Merge one document's mentions on their own (local indices keep the global order, so results agree)."""
    uf = _Union(len(mentions))
    _merge_document(mentions, list(range(len(mentions))), uf)
    roots = tuple(uf.find(n) for n in range(len(mentions)))
    members: dict[int, list[Mention]] = defaultdict(list)
    for n, r in enumerate(roots):
        members[r].append(mentions[n])
    tallies = {r: _tally(cl) for r, cl in members.items()}
    info = tuple((r, _cluster_info(t)) for r, t in tallies.items())
    # A one-mention cluster's tally is made again when needed: kept for all, they cost some 7 MB at 1,000 files.
    return _DocMerge(mentions, roots, info, {r: t for r, t in tallies.items() if len(members[r]) > 1})
