"""The incremental merge of a story given document by document: only changed documents are merged again, and only
components they touch are built again."""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from itertools import pairwise
from typing import TYPE_CHECKING

from extract.actors.merge.memo import _merge_one
from extract.actors.merge.story_index import _Story
from extract.actors.merge.sums import _component_actor, _Sum
from extract.records import Actor, Mention

if TYPE_CHECKING:
    from extract.actors.merge.memo import MergeMemo
    from extract.actors.merge.story_index import _KeyGroup
    from extract.actors.merge.sums import _Entry


def _merge_story(runs: list[tuple[str, tuple[Mention, ...]]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    """``merge_actors`` for documents given one after another, updating the memo's story by what changed."""
    try:
        return _update_story(runs, memo)
    except BaseException:
        # Stopped half-way, the story's indexes are ahead of its kept actors and sums (and the changes that would
        # update them are forgotten by the next call): the next call starts again from its documents.
        memo.story = None
        raise


def _update_story(runs: list[tuple[str, tuple[Mention, ...]]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    story = memo.story
    if story is None:
        story = memo.story = _Story()
    dirty: set[_KeyGroup] = set()
    story.changes.clear()
    current = dict(runs)
    for path in [p for p in story.docs if p not in current]:
        story.remove(path, dirty)
    for path, local in runs:
        done = story.docs.get(path)
        if done is not None and (done.mentions is local or done.mentions == local):
            continue
        if done is not None:
            story.remove(path, dirty)
        cached = memo.docs.get(path)
        story.add(path, cached if cached is not None and cached.mentions == local else _merge_one(local), dirty)
    memo.docs = dict(story.docs)
    order = [p for p, _ in runs]
    kept = set(story.order)
    if [p for p in order if p in kept] != [p for p in story.order if p in current]:
        # Actors list their documents and mentions in story order; a new order builds them again.
        story.actors.clear()
        story.sums.clear()
    story.order = order
    pos = {p: n for n, p in enumerate(order)}
    # Where a document stands in story order, for the components' tallies (see _Sum): its path when the documents
    # come in path order (as a StoryBuilder gives them), which a document added between two others does not change;
    # else its position, and no tally is kept from one call to the next.
    rank: Mapping[str, object] = _Identity() if all(a < b for a, b in pairwise(order)) else pos
    sums = story.sums if isinstance(rank, _Identity) else {}
    fresh_sums: dict[frozenset[_KeyGroup] | _KeyGroup, _Sum] = {}

    def build(key: frozenset[_KeyGroup] | _KeyGroup, kgs: Sequence[_KeyGroup]) -> _Entry:
        total = sums.get(key)
        if total is not None and not total.update(kgs, story.changes, rank):
            total = None
        if total is None:
            total = _Sum.of(story, kgs, rank)
        if total.size >= _Sum.KEPT and isinstance(rank, _Identity):
            fresh_sums[key] = total
        return _component_actor(total, rank)

    # A key group alone is its own key: a frozenset for each of thousands of actors on every call would be garbage.
    fresh: dict[frozenset[_KeyGroup] | _KeyGroup, _Entry] = {}
    joined: set[_KeyGroup] = set()
    for kgs in story.components():
        joined.update(kgs)
        key = frozenset(kgs)
        entry = story.actors.get(key)
        if entry is None or not dirty.isdisjoint(kgs):
            entry = build(key, kgs)
        elif key in sums:
            fresh_sums[key] = sums[key]
        fresh[key] = entry
    for kg in story.groups:
        if kg in joined:
            continue
        entry = story.actors.get(kg)
        if entry is None or kg in dirty:
            entry = build(kg, (kg,))
        elif kg in sums:
            fresh_sums[kg] = sums[kg]
        fresh[kg] = entry
    story.actors = fresh
    story.sums = fresh_sums
    story.changes.clear()
    built = sorted(fresh.values(), key=lambda e: (-e[0].mentions, e[0].name, pos[e[2][0]], e[2][1]))
    index: dict[str, str] = {}
    # Most-mentioned actors claim a form first when two actors share it (two people called "Kim").
    for actor, forms, _ in built:
        for form in forms:
            index.setdefault(form, actor.name)
    return [e[0] for e in built], index


class _Identity(dict):  # type: ignore[type-arg]
    """A document's path as its own rank (see _merge_story)."""

    def __missing__(self, key: str) -> str:
        return key
