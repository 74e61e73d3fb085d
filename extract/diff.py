"""What changed between two versions of a story: added, removed and changed facts, and a one-line summary.

Facts are matched by their stable keys (extract/keys.py) through dict lookups, so a diff costs time linear in
the number of facts.  A figure whose value changed is one ``changed`` record ("12,000" -> "13,000"), not a
removal plus an addition.
"""

from __future__ import annotations

import re
from collections import OrderedDict, deque
from collections.abc import Callable, Collection, Hashable, Iterator, Sequence
from dataclasses import dataclass
from itertools import compress
from operator import attrgetter
from typing import Any, Protocol, TypeVar

from extract.export import counted, middle_cut
from extract.keys import actor_key, claim_key, figure_key, quote_key
from extract.records import Actor, Claim, Conflict, DocFacts, Figure, Quote, Story

KINDS = ("actor", "figure", "quote", "claim", "conflict")
OPS = ("added", "removed", "changed")
LABEL_CHARS = 60
"""Labels longer than this are cut (with an ellipsis) so a Changes row stays one line."""

KEY_CACHE_SIZE = 200_000
"""Fact keys remembered per record (a story rebuild makes equal records, so most keys are found again)."""


class _InDocument(Protocol):
    @property
    def document(self) -> str: ...


_T = TypeVar("_T")
_D = TypeVar("_D", bound=_InDocument)
_R = TypeVar("_R", bound=Hashable)
_WORDS = re.compile(r"\w+")
_DOCUMENT = attrgetter("document")


KEY_CACHE_SLACK = 5_000
"""Keys of records gone from the story that a cache may hold beyond twice the story's records before trim_key_caches
forgets them."""

_KEY_CACHES: dict[str, dict[Any, str]] = {}
"""The caches of _memo by the kind of record (figure, quote, claim)."""


def _memo(fn: Callable[[_R], str], kind: str) -> Callable[[_R], str]:
    """``fn`` with a bounded cache keyed by the (frozen, hashable) record: keys.py normalises text with a regex, which
    dominates a diff of a large story when done afresh each update. KEY_CACHE_SIZE is a backstop; an app trims the
    cache to its story's records with trim_key_caches."""
    cache: dict[_R, str] = {}
    _KEY_CACHES[kind] = cache

    def key(record: _R) -> str:
        k = cache.get(record)
        if k is None:
            if len(cache) >= KEY_CACHE_SIZE:
                cache.clear()
            k = cache[record] = fn(record)
        return k

    key.__doc__ = fn.__doc__
    return key


cached_figure_key = _memo(figure_key, "figure")
cached_quote_key = _memo(quote_key, "quote")
cached_claim_key = _memo(claim_key, "claim")


def trim_key_caches(story: Story) -> None:
    """Forget the keys of records no longer in ``story`` once a cache holds more than twice its records plus
    KEY_CACHE_SLACK (rare: a save adds the few records it changed). Each save makes new records for what it
    changed and the caches kept every replaced one, with its sentence, up to KEY_CACHE_SIZE: about 10 KB a save,
    most of the app's Python growth per save (bench/longrun), and up to some hundreds of MB over a long session.
    The story's own keys stay, so the next update finds them all."""
    for kind, records in (("figure", story.figures), ("quote", story.quotes), ("claim", story.claims)):
        cache = _KEY_CACHES[kind]
        if len(cache) > 2 * len(records) + KEY_CACHE_SLACK:
            kept = {r: k for r in records if (k := cache.get(r)) is not None}
            cache.clear()
            cache.update(kept)


def key_cache_sizes() -> dict[str, int]:
    """Entries in each fact-key cache (for tests and measurements)."""
    return {kind: len(cache) for kind, cache in _KEY_CACHES.items()}


@dataclass(frozen=True, slots=True)
class Change:
    """One fact that appeared, disappeared or changed between two versions of the story."""

    kind: str
    """actor, figure, quote, claim or conflict."""
    op: str
    """added, removed or changed."""
    key: str
    """The fact's stable key (extract/keys.py; conflicts use ``conflict_key``)."""
    label: str
    """Short human text: actor name, what a figure counts, the start of a quote or claim."""
    document: str | None
    """The document the fact is in; None for story-wide facts (actors, conflicts) spanning several files."""
    before: str | None
    """The old state ("12,000", "Lloyd Austin", "3 mentions"); None for additions."""
    after: str | None
    """The new state; None for removals."""


@dataclass(frozen=True, slots=True)
class StoryDiff:
    """All the changes between two versions of a story, actors first, then figures, quotes, claims, conflicts."""

    changes: tuple[Change, ...] = ()
    """The changes, each kind in the new story's order (removals after the others)."""

    @property
    def is_empty(self) -> bool:
        """True when nothing changed."""
        return not self.changes

    def counts(self) -> dict[tuple[str, str], int]:
        """Number of changes per (kind, op), only for pairs that occur."""
        out: dict[tuple[str, str], int] = {}
        for c in self.changes:
            out[(c.kind, c.op)] = out.get((c.kind, c.op), 0) + 1
        return out

    def of(self, kind: str, op: str | None = None) -> tuple[Change, ...]:
        """The changes of one kind (and optionally one op)."""
        return tuple(c for c in self.changes if c.kind == kind and (op is None or c.op == op))


# Matching -----------------------------------------------------------------------------------------


def _pair(
    old: Sequence[_T], new: Sequence[_T], key: Callable[[_T], str], sig: Callable[[_T], Hashable]
) -> Iterator[tuple[str, _T | None, _T | None]]:
    """Yield (key, old, new) matches; old is None for additions, new is None for removals.

    Within one key, identical facts match first (so a figure inserted before another of the same key is one
    addition, not a cascade of value changes), then the rest pair up in order.
    """
    olds: dict[str, list[_T]] = {}
    for o in old:
        olds.setdefault(key(o), []).append(o)
    news: dict[str, list[_T]] = {}
    for n in new:
        news.setdefault(key(n), []).append(n)
    for k, ns in news.items():
        os_ = olds.pop(k, [])
        if len(os_) <= 1 and len(ns) == 1:
            yield k, (os_[0] if os_ else None), ns[0]
            continue
        by_sig: dict[Hashable, deque[int]] = {}
        for i, o in enumerate(os_):
            by_sig.setdefault(sig(o), deque()).append(i)
        used = [False] * len(os_)
        rest_new: list[_T] = []
        for n in ns:
            same = by_sig.get(sig(n))
            if same:
                i = same.popleft()
                used[i] = True
                yield k, os_[i], n
            else:
                rest_new.append(n)
        rest_old = deque(o for o, u in zip(os_, used, strict=True) if not u)
        for n in rest_new:
            yield k, (rest_old.popleft() if rest_old else None), n
        for o in rest_old:
            yield k, o, None
    for k, os_ in olds.items():
        for o in os_:
            yield k, o, None


def _short(text: str | None, limit: int = LABEL_CHARS) -> str:
    text = " ".join((text or "").split())
    return text if len(text) <= limit else text[: limit - 1].rstrip() + "…"


# Actors -------------------------------------------------------------------------------------------


def _actor_sig(a: Actor) -> Hashable:
    return (a.kind, a.mentions, a.roles)


def _actor_state(a: Actor, other: Actor | None) -> str:
    """The parts of an actor that differ from ``other`` (all of kind and mentions when there is none)."""
    parts: list[str] = []
    if other is None or a.kind != other.kind:
        parts.append(a.kind)
    if other is None or a.mentions != other.mentions:
        parts.append(counted(a.mentions, "mention"))
    if (other is None and a.roles) or (other is not None and a.roles != other.roles):
        parts.append("roles: " + ("; ".join(a.roles) if a.roles else "none"))
    return ", ".join(parts)


def _actor_document(before: Actor | None, after: Actor | None) -> str | None:
    """The one document an actor change is about, when there is exactly one."""
    docs = set(after.documents if after else ()) ^ set(before.documents if before else ())
    if not docs and before is not None and after is not None:
        docs = set(after.documents)  # same documents: only meaningful when it is a single one
    return next(iter(docs)) if len(docs) == 1 else None


def _actor_changes(old: Sequence[Actor], new: Sequence[Actor]) -> list[Change]:
    if old is new:
        return []  # a rebuild that did not merge again keeps the very same actors
    # Merging again keeps the Actor objects of unchanged actors (about 97 % of them when a file is added): the very
    # same object on both sides is no change, so only the others are paired.
    old_ids, new_ids = {id(a) for a in old}, {id(b) for b in new}
    old = [a for a in old if id(a) not in new_ids]
    new = [b for b in new if id(b) not in old_ids]
    changed: list[Change] = []
    added: list[Actor] = []
    removed: list[Actor] = []
    for k, a, b in _pair(old, new, actor_key, _actor_sig):
        if a is None and b is not None:
            added.append(b)
        elif b is None and a is not None:
            removed.append(a)
        elif a is not None and b is not None and _actor_sig(a) != _actor_sig(b):
            changed.append(_actor_change(k, a, b))
    # The key holds the kind, so a kind change shows up as remove + add of one name: re-pair those by name.
    gone = {a.name.lower(): a for a in removed}
    out: list[Change] = []
    for b in added:
        a = gone.pop(b.name.lower(), None)
        if a is not None:
            changed.append(_actor_change(actor_key(b), a, b))
        else:
            out.append(
                Change("actor", "added", actor_key(b), b.name, _actor_document(None, b), None, _actor_state(b, None))
            )
    out.extend(changed)
    out.extend(
        Change("actor", "removed", actor_key(a), a.name, _actor_document(a, None), _actor_state(a, None), None)
        for a in gone.values()
    )
    return out


def _actor_change(key: str, a: Actor, b: Actor) -> Change:
    return Change("actor", "changed", key, b.name, _actor_document(a, b), _actor_state(a, b), _actor_state(b, a))


# Figures ------------------------------------------------------------------------------------------


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.findall((text or "").lower()))


def _figure_sig(f: Figure) -> Hashable:
    # The offset and the exact wording may move; the value (or the words of a non-numeric figure) may not.
    return (f.value if f.value is not None else _norm(f.text), f.unit, f.per, f.qualifier, f.direction, f.date)


def figure_shown(f: Figure) -> str:
    """A figure's value as a reader would say it: qualifier, normalised value, direction."""
    shown = f.display or " ".join(f.text.split())
    if f.qualifier:
        shown = f"{f.qualifier} {shown}"
    if f.direction:
        shown = f"{shown} ({f.direction})"
    return shown


def _figure_label(f: Figure) -> str:
    return _short(f.about or f.text)


def _figure_changes(old: Sequence[Figure], new: Sequence[Figure]) -> tuple[list[Change], list[Change]]:
    """(additions and changes in the new story's order, removals)."""
    out: list[Change] = []
    removed: list[Change] = []
    for k, a, b in _pair(old, new, cached_figure_key, _figure_sig):
        if a is None and b is not None:
            out.append(Change("figure", "added", k, _figure_label(b), b.document, None, figure_shown(b)))
        elif b is None and a is not None:
            removed.append(Change("figure", "removed", k, _figure_label(a), a.document, figure_shown(a), None))
        elif a is not None and b is not None and _figure_sig(a) != _figure_sig(b):
            before, after = figure_shown(a), figure_shown(b)
            if before == after:  # same display, different underlying value: show the raw text instead
                before, after = " ".join(a.text.split()), " ".join(b.text.split())
            out.append(Change("figure", "changed", k, _figure_label(b), b.document, before, after))
    return out, removed


# Quotes and claims --------------------------------------------------------------------------------


def _who(names: Sequence[str], first: str | None) -> str | None:
    names = tuple(names) or ((first,) if first else ())
    return " & ".join(names) if names else None


def _quote_who(q: Quote) -> str | None:
    return _who(q.speakers, q.speaker)


def _claim_who(c: Claim) -> str | None:
    return _who(c.sources, c.source)


def _said_changes(
    kind: str,
    old: Sequence[_T],
    new: Sequence[_T],
    key: Callable[[_T], str],
    who: Callable[[_T], str | None],
    text: Callable[[_T], str],
    document: Callable[[_T], str],
) -> tuple[list[Change], list[Change]]:
    """Quotes or claims: new words are added, vanished words removed, a different speaker is a change."""
    out: list[Change] = []
    removed: list[Change] = []
    for k, a, b in _pair(old, new, key, who):
        if a is None and b is not None:
            out.append(Change(kind, "added", k, _short(text(b)), document(b), None, who(b)))
        elif b is None and a is not None:
            removed.append(Change(kind, "removed", k, _short(text(a)), document(a), who(a), None))
        elif a is not None and b is not None and who(a) != who(b):
            out.append(Change(kind, "changed", k, _short(text(b)), document(b), who(a), who(b)))
    return out, removed


# Conflicts ----------------------------------------------------------------------------------------


def conflict_key(c: Conflict) -> str:
    """Conflicts are identified by what is counted, in which kind and unit (keys.py has no conflict key)."""
    return f"conflict|{c.kind}|{c.unit or ''}|{_norm(c.about)}"


def _conflict_sig(c: Conflict) -> Hashable:
    return tuple(sorted({v.display for v in c.values}))


def _conflict_shown(c: Conflict) -> str:
    seen: dict[str, float] = {}
    for v in c.values:
        seen.setdefault(v.display, v.value)
    return " vs ".join(sorted(seen, key=lambda d: seen[d]))


def _conflict_changes(old: Sequence[Conflict], new: Sequence[Conflict]) -> tuple[list[Change], list[Change]]:
    out: list[Change] = []
    removed: list[Change] = []
    for k, a, b in _pair(old, new, conflict_key, _conflict_sig):
        if a is None and b is not None:
            out.append(Change("conflict", "added", k, _short(b.about), None, None, _conflict_shown(b)))
        elif b is None and a is not None:
            removed.append(Change("conflict", "removed", k, _short(a.about), None, _conflict_shown(a), None))
        elif a is not None and b is not None and _conflict_sig(a) != _conflict_sig(b):
            out.append(Change("conflict", "changed", k, _short(b.about), None, _conflict_shown(a), _conflict_shown(b)))
    return out, removed


# The diff -----------------------------------------------------------------------------------------


_SLICES: OrderedDict[tuple[int, frozenset[str]], tuple[Sequence[Any], tuple[Any, ...]]] = OrderedDict()
"""The last few results of ``in_documents``, by the identity of the records and the documents asked for: an update
asks for the same slices of the new story to mark them seen and to diff them, and the next update's "old" story is
this one (holding the records keeps their identity from being reused)."""
_SLICES_MAX = 12


_PER_DOCUMENT: OrderedDict[int, tuple[Sequence[Any], Callable[[str], Sequence[Any]]]] = OrderedDict()
"""Record sequences whose builder said where each document's records are (``know_documents``), by identity."""
_PER_DOCUMENT_MAX = 12


def know_documents(records: Sequence[_D], of_document: Callable[[str], Sequence[_D]]) -> None:
    """Tell ``in_documents`` that ``of_document(path)`` gives the records of one document in ``records``, in their order
    there (a StoryBuilder knows them without a pass over the story): asked for one document, it then answers without
    filtering every record of a large story (an update asks for its document's figures, quotes and claims of the old
    and the new story about ten times, 1 ms each at 1,000 files). ``of_document`` must not change its answers."""
    _PER_DOCUMENT[id(records)] = (records, of_document)
    _PER_DOCUMENT.move_to_end(id(records))
    while len(_PER_DOCUMENT) > _PER_DOCUMENT_MAX:
        _PER_DOCUMENT.popitem(last=False)


def told_documents(records: Sequence[_D]) -> Callable[[str], Sequence[_D]] | None:
    """What ``know_documents`` was told for these very records (a document's records in them), or None."""
    told = _PER_DOCUMENT.get(id(records))
    return told[1] if told is not None and told[0] is records else None


def in_documents(records: Sequence[_D], documents: Collection[str] | None) -> Sequence[_D]:
    """The records of the given documents (all of them when ``documents`` is None), in their order in ``records``."""
    if documents is None:
        return records
    docs = frozenset(documents)
    key = (id(records), docs)
    known = _SLICES.get(key)
    if known is not None and known[0] is records:
        return known[1]
    told = _PER_DOCUMENT.get(id(records)) if len(docs) == 1 else None
    if told is not None and told[0] is records:
        (doc,) = docs
        out = tuple(told[1](doc))
    else:
        # All in C (a large story has tens of thousands of records, and an update filters them several times).
        out = tuple(compress(records, map(docs.__contains__, map(_DOCUMENT, records))))
    _SLICES[key] = (records, out)
    while len(_SLICES) > _SLICES_MAX:
        _SLICES.popitem(last=False)
    return out


def diff_stories(old: Story, new: Story, documents: Collection[str] | None = None) -> StoryDiff:
    """Every added, removed and changed actor, figure, quote, claim and conflict from ``old`` to ``new``.

    ``documents``, when given, are the only documents whose figures, quotes and claims can differ (the caller knows,
    e.g. a StoryBuilder's ``touched``); the others are not compared, so the diff costs what changed.
    """
    changes: list[Change] = _actor_changes(old.actors, new.actors)
    ofig, nfig = in_documents(old.figures, documents), in_documents(new.figures, documents)
    oquo, nquo = in_documents(old.quotes, documents), in_documents(new.quotes, documents)
    ocla, ncla = in_documents(old.claims, documents), in_documents(new.claims, documents)
    for part in (
        _figure_changes(ofig, nfig),
        _said_changes("quote", oquo, nquo, cached_quote_key, _quote_who, _quote_text, _quote_doc),
        _said_changes("claim", ocla, ncla, cached_claim_key, _claim_who, _claim_text, _claim_doc),
        _conflict_changes(old.conflicts, new.conflicts),
    ):
        changes.extend(part[0])
        changes.extend(part[1])
    return StoryDiff(tuple(changes))


def _quote_text(q: Quote) -> str:
    return q.text


def _quote_doc(q: Quote) -> str:
    return q.document


def _claim_text(c: Claim) -> str:
    return c.text


def _claim_doc(c: Claim) -> str:
    return c.document


# The summary --------------------------------------------------------------------------------------

_NOUNS = {"actor": "actor", "figure": "figure", "quote": "quote", "claim": "claim", "conflict": "conflict"}
# Most informative first: what people said, then numbers that moved, then the rest.
_COUNT_ORDER = (
    ("claim", "added", "+"),
    ("claim", "removed", "-"),
    ("quote", "added", "+"),
    ("quote", "removed", "-"),
)
_LATER_ORDER = (
    ("conflict", "added", "+"),
    ("conflict", "removed", "-"),
    ("figure", "added", "+"),
    ("figure", "removed", "-"),
    ("actor", "added", "+"),
    ("actor", "removed", "-"),
)
FIGURE_DETAILS = 2
"""At most this many figure value changes are spelled out in a summary; the rest are counted."""
SUMMARY_CHARS = 100
"""Default bound on the length of a summary."""


REWORDED = 75
"""How alike (rapidfuzz ratio, 0-100) a vanished and a new quote or claim of the same speaker in the same document
must read for the summary to call them one reworded fact: an edit that changes a number or a few words in a claim
("put the number at 13,000" -> "at 14,000") is not news of one claim gone and another come."""


REWORD_PAIRS = 5_000
"""Most (removed, added) pairs compared for one document and speaker; a file rewritten wholesale is not reworded."""


def _reworded(diff: StoryDiff, kind: str) -> int:
    """Pairs of a removed and an added ``kind`` (same document and speaker) whose words read alike."""
    from rapidfuzz import fuzz

    added: dict[tuple[str | None, str | None], list[str]] = {}
    for new in diff.of(kind, "added"):
        added.setdefault((new.document, new.after), []).append(_norm(new.label))
    removed: dict[tuple[str | None, str | None], list[str]] = {}
    for gone in diff.of(kind, "removed"):
        removed.setdefault((gone.document, gone.before), []).append(_norm(gone.label))
    n = 0
    for place, olds in removed.items():
        news = added.get(place)
        if not news or len(olds) * len(news) > REWORD_PAIRS:
            continue
        news = list(news)
        for old in olds:
            scores = [fuzz.ratio(old, new) for new in news]
            best = max(range(len(news)), key=scores.__getitem__, default=-1)
            if best >= 0 and scores[best] >= REWORDED:
                del news[best]
                n += 1
    return n


def summarise(diff: StoryDiff, document: str | None = None, limit: int = SUMMARY_CHARS) -> str:
    """One line for a toast: "reuters.txt: +2 claims, -1 quote, troops 12,000 -> 13,000" (at most ``limit`` chars).

    A quote or claim reworded (a removed and an added one alike, see REWORDED) counts as "1 claim reworded"; the
    changes themselves stay an addition and a removal (new words are new to the reader)."""
    counts = diff.counts()
    parts: list[str] = []
    reworded = {kind: _reworded(diff, kind) for kind in ("claim", "quote") if (kind, "added") in counts}
    for kind, n in reworded.items():
        if n:
            counts[(kind, "added")] -= n
            counts[(kind, "removed")] -= n
    for kind, op, sign in _COUNT_ORDER:
        if n := counts.get((kind, op), 0):
            parts.append(sign + counted(n, _NOUNS[kind]))
    for kind, n in reworded.items():
        if n:
            parts.append(counted(n, _NOUNS[kind]) + " reworded")
    moved = diff.of("figure", "changed")
    for c in moved[:FIGURE_DETAILS]:
        parts.append(f"{_short(c.label, 30)} {c.before} -> {c.after}")
    if len(moved) > FIGURE_DETAILS:
        parts.append(counted(len(moved) - FIGURE_DETAILS, "more figure") + " changed")
    for kind, op, sign in _LATER_ORDER:
        if n := counts.get((kind, op), 0):
            parts.append(sign + counted(n, _NOUNS[kind]))
    if n := counts.get(("quote", "changed"), 0) + counts.get(("claim", "changed"), 0):
        parts.append(counted(n, "speaker") + " changed")
    if n := counts.get(("conflict", "changed"), 0):
        parts.append(counted(n, "conflict") + " changed")
    if n := counts.get(("actor", "changed"), 0):
        parts.append(counted(n, "actor") + " updated")
    if not parts:
        parts.append("no changes")

    head = f"{document}: " if document else ""
    text = head + parts[0]
    for i, part in enumerate(parts[1:], start=1):
        left = len(parts) - i - 1
        # Keep room for the "+N more" that would follow this part.
        if len(text) + 2 + len(part) + (len(f", +{left} more") if left else 0) > limit:
            return _cut(text, limit, f", +{len(parts) - i} more")
        text += ", " + part
    return _cut(text, limit, "")


def file_news(old: Story, new: Story, facts: dict[str, DocFacts], documents: Collection[str]) -> str:
    """What happened to the changed files themselves, which the facts' diff cannot say: "cannot be read: binary
    file, not text", "new, nothing found", "removed" for one file; counts of each for several ("" when nothing).

    ``facts`` are the per-file facts behind ``new``; ``documents`` the files the update read or dropped.
    """
    before = {d.path: d for d in old.documents}
    after = {d.path: d for d in new.documents}
    unreadable: list[str] = []
    empty = 0
    removed: list[str] = []
    for name in documents:
        was, now = before.get(name), after.get(name)
        if now is None:
            if was is not None:
                removed.append(name)
        elif now.error:
            if was is None or was.error != now.error:
                unreadable.append(now.error)
        elif was is None or was.error:
            got = facts.get(name)
            empty += got is None or not (got.mentions or got.figures or got.quotes or got.claims)
    if len(documents) == 1:
        if unreadable:
            return f"cannot be read: {unreadable[0]}"
        return "new, nothing found" if empty else "removed" if removed else ""
    parts = []
    if unreadable:
        parts.append(f"{counted(len(unreadable), 'file')} cannot be read")
    if empty:
        parts.append(f"{counted(empty, 'new file')} with nothing found")
    if removed:
        # Which file went, when the log line can say it (review s27 rev3r LOW 3: "1 file removed" named none).
        names = ", ".join(map(middle_cut, removed))
        gone = counted(len(removed), "file") + " removed" if len(removed) > 2 else f"removed {names}"
        parts.append(gone)
    return ", ".join(parts)


def _cut(text: str, limit: int, more: str) -> str:
    """``text`` then ``more`` within ``limit`` characters, ``text`` cut with an ellipsis if need be (the first
    part alone, a long file name or a figure's long values, can fill the line)."""
    if len(text) + len(more) <= limit:
        return text + more
    return text[: max(0, limit - len(more) - 1)] + "…" + more
