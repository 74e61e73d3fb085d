"""``merge_actors`` and ``merge_documents``: each document merged on its own (``document``), then across documents
(``across_documents``, or incrementally with a memo: ``story``), actors built, glued names and one-word kinds
fixed."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from itertools import groupby
from operator import attrgetter
from typing import TYPE_CHECKING

from extract.actors.merge.across_documents import _merge_across_documents
from extract.actors.merge.build import _build_actor, _office_names
from extract.actors.merge.glued import _absorb_glued
from extract.actors.merge.memo import _merge_one
from extract.actors.merge.one_word_kinds import _one_word_kinds
from extract.actors.merge.story import _merge_story
from extract.actors.merge.union import _clusters, _Union
from extract.records import Actor, Mention

if TYPE_CHECKING:
    from extract.actors.merge.cluster_info import _Info
    from extract.actors.merge.memo import MergeMemo, _DocMerge


_document_of = attrgetter("document")


def merge_documents(docs: Sequence[tuple[Mention, ...]], memo: MergeMemo) -> tuple[list[Actor], dict[str, str]]:
    """``merge_actors`` of the documents' mentions one after another, with a memo, for mentions already held per
    document (each document's in text order): a story of 1,000 files need not be flattened and regrouped."""
    runs = [(ms[0].document, ms) for ms in docs if ms]
    distinct = len(runs) > 1 and len({path for path, _ in runs}) == len(runs)
    # A run the story holds as it is (the same tuple) was found to be one document's when it was added.
    held = memo.story.docs if memo.story is not None else {}
    if distinct and all(_held_as(held.get(path), ms) or len(set(map(_document_of, ms))) == 1 for path, ms in runs):
        return _office_names(*_one_word_kinds(*_absorb_glued(*_merge_story(runs, memo))))
    return merge_actors([m for ms in docs for m in ms], memo)


def _held_as(done: _DocMerge | None, mentions: tuple[Mention, ...]) -> bool:
    return done is not None and done.mentions is mentions


def merge_actors(mentions: Sequence[Mention], memo: MergeMemo | None = None) -> tuple[list[Actor], dict[str, str]]:
    """Merge mentions into actors, most mentioned first; also map every lower-cased form to the actor's name.

    With a ``memo`` the work for documents whose mentions are unchanged since the last call is reused: when each
    document's mentions come together, the cross-document indexes change only by the changed documents' clusters
    and untouched actors are kept, so a call costs the change plus one pass over the story's names. The result
    is the same as without it.
    """
    if memo is not None:
        runs = [(path, tuple(run)) for path, run in groupby(mentions, key=_document_of)]
        if len(runs) > 1 and len({path for path, _ in runs}) == len(runs):
            return _office_names(*_one_word_kinds(*_absorb_glued(*_merge_story(runs, memo))))
        # One document, or documents interleaved: the whole merge below, and the story indexes start again.
        memo.story = None
    ms = list(mentions)
    uf = _Union(len(ms))
    by_doc: dict[str, list[int]] = defaultdict(list)
    for n, m in enumerate(ms):
        by_doc[m.document].append(n)
    docs: dict[str, _DocMerge] = {}
    info: list[tuple[int, _Info]] = []
    for path, idx in by_doc.items():
        local = tuple(ms[n] for n in idx)
        done = memo.docs.get(path) if memo is not None else None
        if done is None or done.mentions != local:
            done = _merge_one(local)
        docs[path] = done
        for n, r in enumerate(done.roots):
            if r != n:
                uf.union(idx[r], idx[n])
        info.extend((idx[r], i) for r, i in done.info)
    if memo is not None:
        # Only documents of this call are kept, so the memo never outgrows the story.
        memo.docs = docs
    info.sort(key=lambda t: t[0])
    if len(by_doc) > 1:
        doc_of = {idx[r]: path for path, idx in by_doc.items() for r, _ in docs[path].info}
        _merge_across_documents(info, uf, memo, doc_of)

    fresh: dict[tuple[Mention, ...], Actor] = {}
    built = []
    for members in _clusters(uf, len(ms)).values():
        cl = tuple(ms[n] for n in members)
        if memo is None:
            # Hashing every cluster's mentions only pays when a later call can reuse the actor.
            built.append((_build_actor(cl), members))
            continue
        actor = memo.actors.get(cl)
        if actor is None:
            actor = _build_actor(cl)
        fresh[cl] = actor
        built.append((actor, members))
    if memo is not None:
        memo.actors = fresh
    built.sort(key=lambda t: (-t[0].mentions, t[0].name))
    index: dict[str, str] = {}
    # Most-mentioned actors claim a form first when two actors share it (two people called "Kim").
    for actor, members in built:
        for form in (actor.name, *actor.aliases, *(ms[n].name for n in members), *(ms[n].text for n in members)):
            index.setdefault(form.lower(), actor.name)
    return _office_names(*_one_word_kinds(*_absorb_glued([actor for actor, _ in built], index)))
