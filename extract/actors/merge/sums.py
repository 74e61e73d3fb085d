"""A component's tally kept over its documents (_Sum), updated by the clusters added and removed, and its
actor."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from typing import TYPE_CHECKING

from extract.actors.merge.build import _actor_of
from extract.actors.merge.story_index import _ClusterId
from extract.actors.merge.tally import _tally
from extract.records import Actor

if TYPE_CHECKING:
    from extract.actors.merge.memo import _DocMerge
    from extract.actors.merge.story_index import _KeyGroup, _Story
    from extract.actors.merge.tally import _Tally


_Entry = tuple[Actor, tuple[str, ...], _ClusterId]
"""A built component: its actor, its lower-cased forms for the index and its first cluster in story order."""


def _doc_tally(done: _DocMerge, roots: Sequence[int]) -> _Tally:
    """The tally of one document's clusters ``roots`` of one component: a document's clusters of one actor are joined
    in reading order (their mentions interleave), so first occurrences, which break ties, come as in its mentions."""
    if len(roots) == 1:
        return done.tallies.get(roots[0]) or _tally((done.mentions[roots[0]],))
    wanted = set(roots)
    return _tally(done.mentions[n] for n, r in enumerate(done.roots) if r in wanted)


class _Sum:
    """A component's tally over its documents, kept as counts with each entry's first occurrence in story order (the
    rank of the document, the place in its tally), so that clusters can be added and taken away: the tally of
    component's actor is made of these counts in order of first occurrence."""

    __slots__ = ("counts", "first", "roots")
    KEPT = 32
    """Components of at least this many clusters keep their sum from one call to the next (the rest are summed again:
    a few small tallies)."""

    def __init__(self) -> None:
        self.counts: dict[tuple[str, str, str, str | None, str], int] = {}
        self.first: dict[tuple[str, str, str, str | None, str], tuple[object, int]] = {}
        self.roots: dict[str, list[int]] = {}
        """Each document's clusters in the component (their local roots, ascending)."""

    @property
    def size(self) -> int:
        return sum(map(len, self.roots.values()))

    @classmethod
    def of(cls, story: _Story, kgs: Sequence[_KeyGroup], rank: Mapping[str, object]) -> _Sum:
        out = cls()
        for kg in kgs:
            for path, root in story.groups[kg]:
                out.roots.setdefault(path, []).append(root)
        for path, roots in out.roots.items():
            roots.sort()
            out._add(_doc_tally(story.docs[path], roots), rank[path])
        return out

    def _add(self, part: _Tally, where: object) -> None:
        counts, first = self.counts, self.first
        for j, (key, n) in enumerate(part.items()):
            had = counts.get(key)
            if had is None:
                counts[key] = n
                first[key] = (where, j)
            else:
                counts[key] = had + n
                if (where, j) < first[key]:
                    first[key] = (where, j)

    def update(
        self,
        kgs: Sequence[_KeyGroup],
        changes: Mapping[_KeyGroup, list[tuple[int, str, _DocMerge, int]]],
        rank: Mapping[str, object],
    ) -> bool:
        """Take away the removed clusters and add the added ones; False when that cannot be done (a removed document
        held the first occurrence of an entry other documents still have): the sum must be made again."""
        removed: dict[str, tuple[_DocMerge, list[int]]] = {}
        added: dict[str, tuple[_DocMerge, list[int]]] = {}
        for kg in kgs:
            for sign, path, done, root in changes.get(kg, ()):
                (added if sign > 0 else removed).setdefault(path, (done, []))[1].append(root)
        counts, first = self.counts, self.first
        for path, (done, roots) in removed.items():
            roots.sort()
            if self.roots.pop(path, None) != roots:
                return False
            where = rank[path]
            for key, n in _doc_tally(done, roots).items():
                left = counts[key] - n
                if left > 0:
                    if first[key][0] == where:
                        return False
                    counts[key] = left
                else:
                    del counts[key], first[key]
        for path, (done, roots) in added.items():
            roots.sort()
            if path in self.roots:
                return False
            self.roots[path] = roots
            self._add(_doc_tally(done, roots), rank[path])
        return True


def _component_actor(total: _Sum, rank: Mapping[str, object]) -> _Entry:
    """The actor of one component from its sum, its lower-cased forms for the index and its first cluster."""
    first = total.first
    tally = {key: total.counts[key] for key in sorted(first, key=first.__getitem__)}
    docs = sorted(total.roots, key=rank.__getitem__)
    actor = _actor_of(tally, tuple(docs))
    forms = (actor.name, *actor.aliases, *(name for name, *_ in tally), *(text for _, text, *_ in tally))
    return actor, tuple(dict.fromkeys(f.lower() for f in forms)), (docs[0], total.roots[docs[0]][0])
