"""The live story behind the dashboard: which files changed, their facts, the store, and what changed.

Runs only in worker threads (one at a time, the app guarantees it, except ``read_ahead``, which reads no state but
the folder and the engine); never touches widgets.
"""

from __future__ import annotations

import logging
import os
import threading
import time
from collections.abc import Callable, Iterable
from dataclasses import dataclass, field, replace
from importlib.metadata import PackageNotFoundError, version
from pathlib import Path
from typing import TYPE_CHECKING

from extract.bulk import keep_for_good, no_cycle_collection
from extract.diff import (
    SUMMARY_CHARS,
    Change,
    StoryDiff,
    cached_claim_key,
    cached_figure_key,
    cached_quote_key,
    diff_stories,
    file_news,
    in_documents,
    summarise,
    trim_key_caches,
)
from extract.export import counted, middle_cut
from extract.records import DocFacts, DocumentInfo, Story
from extract.store import Store, story_keys
from extract.story import StoryBuilder
from tui.widgets.claims import claim_count, in_a_claim
from tui.widgets.head import head_seen, head_story
from tui.widgets.panels import MAX_ROWS

if TYPE_CHECKING:
    from extract.engine import Engine  # imports spaCy: the warm start paints before it is loaded

# extract.textio (the file reader, with charset_normalizer) is imported where files are read: the start-up worker
# imports this module to read the stored story, beside the event loop building the screen.

log = logging.getLogger("storywatch")
_NOTHING = object()
SNAPSHOT_EVERY_S = 120.0
"""The built story is saved for the next launch once an update is on screen (``snapshot_due``, then
``save_snapshot``): the first time, then at most this often (it costs about 0.3 s at 1,000 files), and on quitting."""
try:
    _VERSION = version("storywatch")
except PackageNotFoundError:  # a source tree that is not installed
    _VERSION = "0"


@dataclass(frozen=True)
class Update:
    """The result of one tracker step, posted to the UI."""

    story: Story
    """The rebuilt story."""
    changed: tuple[str, ...] = ()
    """Story-relative paths that were re-extracted or removed."""
    changes: tuple[Change, ...] = ()
    """What changed in the facts."""
    summary: str = ""
    """One line for a toast."""
    first_seen: dict[str, str] = field(default_factory=dict)
    """Fact key -> ISO time first seen."""
    notices: tuple[str, ...] = ()
    """Messages for the user (store rebuilt...)."""
    facts: dict[str, DocFacts] = field(default_factory=dict)
    """A snapshot of the per-file facts (the UI reads it while the tracker goes on)."""


BIG_BATCH = 32
"""Files in one update from which the facts made so far are kept out of the collector's reach after each chunk: while
a folder was indexed, full collections over the growing facts froze the UI for 0.25-0.45 s each at 1,000 files."""


def _keeping(progress: Callable[[int, int], None] | None) -> Callable[[int, int], None]:
    def step(done: int, total: int) -> None:
        keep_for_good()
        if progress is not None:
            progress(done, total)

    return step


def _doc_keys(story: Story, documents: frozenset[str]) -> dict[str, list[str]]:
    """The keys of the figures, quotes and claims of ``documents`` in ``story``, by document (one pass each)."""
    out: dict[str, list[str]] = {d: [] for d in documents}
    if documents:
        for records, key in (
            (story.figures, cached_figure_key),
            (story.quotes, cached_quote_key),
            (story.claims, cached_claim_key),
        ):
            for r in in_documents(records, documents):
                out[r.document].append(key(r))  # type: ignore[arg-type]
    return out


def _doc_times(story: Story, documents: frozenset[str], first_seen: dict[str, str]) -> dict[str, list[str]]:
    """When each fact of ``documents`` in ``story`` was first seen, by document."""
    return {d: [first_seen[k] for k in keys if k in first_seen] for d, keys in _doc_keys(story, documents).items()}


def _renames(facts: dict[str, DocFacts], gone: list[str], new_facts: list[DocFacts]) -> dict[str, str]:
    """Files of this update that are files gone in it under a new name (the same bytes, a name the story did not
    have): new name -> old name. A rename (``mv``, an editor's "save as" and delete) came as one file removed and one
    added, and every fact of it was new again (probe s27 r5)."""
    by_bytes: dict[str, list[str]] = {}
    for name in gone:
        was = facts.get(name)
        if was is not None and was.document.sha256 and not was.document.error:
            by_bytes.setdefault(was.document.sha256, []).append(name)
    out: dict[str, str] = {}
    for f in new_facts:
        path, sha = f.document.path, f.document.sha256
        olds = by_bytes.get(sha) if sha and not f.document.error and path not in facts else None
        if olds:
            # Identical files moved together (a folder moved): each pairs with the one of its own file name first.
            same = next((o for o in olds if o.rsplit("/", 1)[-1] == path.rsplit("/", 1)[-1]), olds[0])
            olds.remove(same)
            out[path] = same
    return out


def _renamed_times(old: Story, new: Story, renamed: dict[str, str], first_seen: dict[str, str]) -> dict[str, str]:
    """For each renamed file's fact in ``new``, the first-seen time of the same fact (the same kind and span) under
    the old name in ``old``: key in ``new`` -> time."""
    if not renamed:
        return {}
    befores = frozenset(renamed.values())
    was: dict[tuple[str, str, int, int], str] = {}
    for records, key in (
        (old.figures, cached_figure_key),
        (old.quotes, cached_quote_key),
        (old.claims, cached_claim_key),
    ):
        for r in in_documents(records, befores):
            when = first_seen.get(key(r))  # type: ignore[arg-type]
            if when is not None:
                was[(type(r).__name__, r.document, r.start, r.end)] = when  # type: ignore[attr-defined]
    out: dict[str, str] = {}
    for records, key in (
        (new.figures, cached_figure_key),
        (new.quotes, cached_quote_key),
        (new.claims, cached_claim_key),
    ):
        for r in in_documents(records, frozenset(renamed)):
            when = was.get((type(r).__name__, renamed[r.document], r.start, r.end))  # type: ignore[attr-defined]
            if when is not None:
                out[key(r)] = when  # type: ignore[arg-type]
    return out


def _as_rows(diff: StoryDiff, old: Story, new: Story, documents: frozenset[str] | None) -> StoryDiff:
    """``diff`` without the quotes a claim contains: the Claims panel shows such a quote as part of its claim's row, and
    the Changes log said "+1 claim, +1 quote" (or "1 claim reworded, 1 quote reworded") for one new row. A quote's words
    standing both alone and inside a claim in the same file stay counted."""
    if not any(c.kind == "quote" for c in diff.changes):
        return diff

    def claimed(story: Story) -> set[str]:
        quotes = in_documents(story.quotes, documents)
        inside: set[str] = set()
        alone: set[str] = set()
        for q, held in zip(quotes, in_a_claim(quotes, in_documents(story.claims, documents)), strict=True):
            (inside if held else alone).add(cached_quote_key(q))
        return inside - alone

    now, before = claimed(new), claimed(old)
    return StoryDiff(
        tuple(c for c in diff.changes if c.kind != "quote" or c.key not in (before if c.op == "removed" else now))
    )


class StoryTracker:
    """Keeps the per-file facts of one story folder up to date."""

    def __init__(self, root: Path, engine: Engine | None, store: Store | None = None) -> None:
        # Absolute without resolving symlinks, so a linked file keeps its own name.
        self.root = Path(os.path.abspath(root))
        self.engine = engine
        """The engine; may be set after ``warm_start``, which needs none (so the stored story paints before spaCy
        is even imported), and must be set before anything is extracted."""
        self.store = store
        self.facts: dict[str, DocFacts] = {}
        self.story = Story()
        self.first_seen: dict[str, str] = {}
        # Remembers each file's share of the aggregation, so an update redoes the changed files' share only.
        self._builder = StoryBuilder()
        self._facts_pending = False
        self.skipped: dict[str, str] = {}
        """Files passed over (symlinks leaving the folder, broken ones) -> why; shown as files with an error."""
        self._snapshot_at: float | None = None
        self._story_current = False
        """True while ``story`` was built from exactly the facts in the store (a snapshot of it may be saved)."""
        self._marked_all = False
        """True once every fact of the story has been marked seen in the store; until then updates mark them all."""
        self._notice_sent: str | None = None
        self._rereads: set[str] = set()
        """Files found stale only because another model or engine made their facts (their text is the same)."""
        self._frozen = False
        """Whether the first update's story has been moved out of the cyclic collector's reach (gc.freeze)."""
        self.defer_seen = False
        """Leave writing first/last-seen times and the re-extracted files' facts to ``flush_seen`` (an app calls it
        once the update is on its way to the screen: each write is a transaction, 5-10 ms for a 2,000-word article's
        facts, that no reader waits for)."""
        self._unsaved: dict[str, tuple[DocFacts, int, str] | None] = {}
        """Facts to write (None: the file's facts to remove) that ``defer_seen`` left for ``flush_seen``, by file."""
        self._unsaved_lock = threading.Lock()
        self._kept: dict[str, DocFacts] = {}
        """Facts of the running big batch already stored as their chunk came back (see _keep_as_read)."""
        self._writing = threading.Lock()
        """Held while the queue is written: one writer at a time (the worker, or the app on its way out), in order."""
        self._late_seen: dict[str, str] = {}
        """First-seen times the store holds that differ from ours (another process saw the facts first)."""

    # Paths -------------------------------------------------------------------------------------
    def rel(self, path: str | os.PathLike[str]) -> str:
        """Story-relative name of a path (absolute, or relative to the working directory)."""
        p = Path(os.path.abspath(path))
        try:
            return p.relative_to(self.root).as_posix()
        except ValueError:
            return p.as_posix()

    def disk_files(self) -> dict[str, Path]:
        """Article files under the root now: relative name -> path."""
        from extract.textio import scan

        if not self.root.is_dir():
            return {}
        listing = scan([self.root])
        self.skipped = {self.rel(p): why for p, why in listing.skipped}
        return {self.rel(p): p for p in listing.files}

    # Steps ---------------------------------------------------------------------------------------
    def warm_start(self) -> Update | None:
        """The stored story, before any parsing; None when the store is empty.

        When the store kept the story built from exactly its facts, that is shown at once and the facts themselves
        are read on the next step (the per-file facts of the Update are then empty until the first update).
        """
        if self.store is None:
            return None
        snapshot = self.store.load_snapshot()
        if snapshot is not None:
            self.story = snapshot
            self.first_seen = self.store.first_seen()
            self._facts_pending = True
            self._story_current = True
            return Update(self.story, first_seen=dict(self.first_seen), notices=self.take_notice())
        stored = self.store.load_facts()
        if not stored:
            return None
        self.facts = stored
        self.first_seen = self.store.first_seen()
        self.story = self._builder.build(list(self.facts.values()), self.first_seen)
        self._story_current = True
        return Update(self.story, first_seen=dict(self.first_seen), notices=self.take_notice(), facts=dict(self.facts))

    def warm_head(self) -> Update | None:
        """The head of the stored story (what the panels show of it, tui/widgets/head.py): read in milliseconds,
        for a first paint before ``warm_start`` reads the whole story; None when the store has none."""
        if self.store is None:
            return None
        head = self.store.load_snapshot(head=True)
        if head is None:
            return None
        return Update(head, first_seen=head_seen(head))

    def _with_skipped(self, story: Story) -> Story:
        """The story with the files passed over listed as files with an error, and in its warnings; storywatch's own
        exports are in its warnings only, as `extract` has them (review s27 rev3r LOW 4: the header said "1 file
        error" for an export saved in the watched folder)."""
        from extract.textio import EXPORT_NOT_READ

        skipped = sorted(self.skipped.items())
        errors = tuple(DocumentInfo(n, "", 0, "", 0.0, error=why) for n, why in skipped if why != EXPORT_NOT_READ)
        return replace(
            story,
            documents=story.documents + errors,
            warnings=story.warnings + tuple(f"{n}: {why}" for n, why in skipped),
        )

    def _load_facts(self) -> None:
        """Read the stored per-file facts when the warm start showed the stored story without them."""
        if self._facts_pending and self.store is not None:
            self._facts_pending = False
            self.facts = self.store.load_facts()

    def snapshot_due(self) -> bool:
        """Whether the story should be saved for the next launch now: never yet this session, or not for
        SNAPSHOT_EVERY_S (the app then saves it once the update is on screen, so the save never delays one)."""
        return self._snapshot_at is None or time.monotonic() - self._snapshot_at > SNAPSHOT_EVERY_S

    def save_snapshot(self) -> None:
        """Keep the current story in the store for the next launch's first paint (call when quitting, too)."""
        # Only a story built from exactly the stored facts: the snapshot is trusted when their fingerprint matches.
        if self.store is not None and not self._facts_pending and self._story_current:
            self._save_facts()  # the snapshot is trusted only with exactly the facts it was built from stored
            # The head holds every row the panels show, so the whole story replaces it without redrawing rows.
            self.store.save_snapshot(self.story, head=head_story(self.story, self.first_seen, MAX_ROWS))
            self._snapshot_at = time.monotonic()

    def recent_files(self, limit: int) -> list[tuple[Path, str]]:
        """The ``limit`` readable files saved most recently (a reporter's draft is the one saved last), as
        (path, name)."""
        facts = [f for f in list(self.facts.values()) if not f.document.error]
        facts.sort(key=lambda f: f.document.modified, reverse=True)
        return [(self.root / f.document.path, f.document.path) for f in facts[:limit]]

    def flush_seen(self) -> None:
        """Write the facts and first/last-seen times the last updates left for later (``defer_seen``); a time another
        process stored first replaces ours at the next update."""
        if self.store is not None:
            self._save_facts()
            self._late_seen.update(self.store.flush_seen())

    def _queue_write(self, name: str, todo: tuple[DocFacts, int, str] | None) -> None:
        with self._unsaved_lock:
            self._unsaved.pop(name, None)  # queued last: written after anything queued before
            self._unsaved[name] = todo

    def _keep_as_read(self, facts: list[DocFacts]) -> None:
        """Store a big batch's facts as its chunks come back: the first index of a folder (or a re-read after an
        engine upgrade) wrote nothing until its last file was read, so a quit, a hangup or SIGTERM at 90 % of four
        minutes kept none of it and the next launch started again at 0 % (probe s29 UX-6). The next launch reads
        only the files not stored yet (stale_files). The update queues the same facts again once the batch is done,
        (the update does not queue them again)."""
        model = self.model_tag()
        for f in facts:
            try:
                size = (self.root / f.document.path).stat().st_size
            except OSError:
                size = -1
            self._queue_write(f.document.path, (f, size, model))
            self._kept[f.document.path] = f
        self._save_facts()

    def _save_facts(self) -> None:
        """Write the re-extracted files' facts (and forget removed files') that updates left for later, oldest first
        (the worker after an update, or the app on its way out while a worker may be queueing more)."""
        store = self.store
        if store is None:
            return
        with self._writing:
            while True:
                with self._unsaved_lock:
                    if not self._unsaved:
                        return
                    name, todo = next(iter(self._unsaved.items()))
                if todo is None:
                    store.remove_file(name)
                else:
                    store.save_facts(todo[0], size=todo[1], model=todo[2])
                with self._unsaved_lock:  # dropped once written, unless an update queued the file again meanwhile
                    if self._unsaved.get(name, _NOTHING) is todo:
                        del self._unsaved[name]

    def stale_files(self) -> list[str]:
        """Relative names of files that are new, changed or gone since their facts were made."""
        self._load_facts()
        disk = self.disk_files()
        known = self.store.file_versions() if self.store is not None else {}
        out = [name for name in self.facts if name not in disk]
        tag = self.model_tag()
        for name, path in disk.items():
            version = known.get(name)
            try:
                st = path.stat()
            except OSError:
                out.append(name)
                continue
            if name not in self.facts or version is None or version[1] != st.st_mtime or version[2] != st.st_size:
                out.append(name)
            elif self.store is not None and self.store.stale(name, version[0], tag):
                # Same file, but its facts came from another model or an older storywatch.
                out.append(name)
                self._rereads.add(name)
        return sorted(set(out))

    def prepare(self) -> None:
        """Load the model and the engine's lookup tables now (in a worker), not on the first extraction."""
        from extract import datelines
        from extract.actors import gazetteer
        from extract.repair import zipf

        with no_cycle_collection(keep=True):  # the model and tables live as long as the process
            _ = self._engine().nlp
            gazetteer()
            zipf("the")
            datelines.prepare()

    def _engine(self) -> Engine:
        if self.engine is None:
            raise RuntimeError("the tracker has no engine yet")
        return self.engine

    def model_tag(self) -> str:
        """What made the facts: model name and version plus storywatch's version and engine code (loads the model)."""
        from extract.version import engine_fingerprint

        meta = self._engine().nlp.meta
        model = f"{meta.get('lang', 'en')}_{meta.get('name', '')}-{meta.get('version', '')}"
        return f"{model}+storywatch-{_VERSION}.{engine_fingerprint()}"

    def take_notice(self) -> tuple[str, ...]:
        """The store's notice, once."""
        if self.store is None or not self.store.notice or self.store.notice == self._notice_sent:
            return ()
        self._notice_sent = self.store.notice
        return (self.store.notice,)

    def expand(self, paths: Iterable[str]) -> list[str]:
        """Turn event paths (files or folders, absolute or relative) into relative article names to refresh."""
        from extract.textio import in_linked_folder, is_article_name, iter_article_files

        self._load_facts()
        names: set[str] = set()
        for raw in paths:
            rel = self.rel(raw)
            full = self.root / rel
            if full.is_dir() and not in_linked_folder(full, self.root):
                names.update(self.rel(p) for p in iter_article_files([full]))
            prefix = "" if rel in ("", ".") else rel.rstrip("/") + "/"
            # A vanished folder (or the root) takes every file we knew under it.
            names.update(n for n in self.facts if n.startswith(prefix) and not (self.root / n).exists())
            if is_article_name(Path(rel).name) and not full.is_dir():
                names.add(rel)
        return sorted(names)

    def read_ahead(self, paths: Iterable[str]) -> list[str]:
        """Extract just-saved article files now, leaving the story as it is: the engine keeps their facts, so the update
        that follows (after the app's debounce) takes them instead of extracting again, unless the bytes changed
        meanwhile.  Safe beside ``update`` (it touches no state of the tracker); returns the names read."""
        from extract.textio import is_article_name, skip_reason

        engine = self._engine()
        items = []
        for raw in paths:
            rel = self.rel(raw)
            full = self.root / rel
            if is_article_name(full.name) and full.is_file() and skip_reason(full, self.root) is None:
                items.append((full, rel))
        if items:
            engine.extract_files(items, processes=1)
        return [rel for _, rel in items]

    def update(self, names: Iterable[str], progress: Callable[[int, int], None] | None = None) -> Update:
        """Re-extract (or drop) the named files and rebuild the story."""
        from extract.textio import skip_reason

        self._load_facts()
        names = sorted(set(names))
        for n in names:
            why = skip_reason(self.root / n, self.root)
            if why:
                self.skipped[n] = why
            else:
                self.skipped.pop(n, None)
        present = [(self.root / n, n) for n in names if n not in self.skipped and (self.root / n).is_file()]
        gone = [n for n in names if n in self.skipped or not (self.root / n).is_file()]
        on_facts = None
        if len(present) >= BIG_BATCH:
            progress = _keeping(progress)
            on_facts = self._keep_as_read if self.store is not None else None
        new_facts = self._engine().extract_files(present, progress=progress, on_facts=on_facts) if present else []
        # Re-read with the new engine: not news, unless the text changed meanwhile.
        rereads = {
            f.document.path
            for f in new_facts
            if f.document.path in self._rereads
            and (old := self.facts.get(f.document.path)) is not None
            and old.document.sha256 == f.document.sha256
        }
        self._rereads.difference_update(names)
        renamed = _renames(self.facts, gone, new_facts)
        for f in new_facts:
            self.facts[f.document.path] = f
        for n in gone:
            self.facts.pop(n, None)
        if self.store is not None:
            if new_facts or gone:
                self._story_current = False  # until the rebuild below: a save now would pair old story, new facts
            model = self.model_tag() if present else ""
            kept, self._kept = self._kept, {}
            for f in new_facts:
                if kept.get(f.document.path) is f:
                    continue  # stored as its chunk came back (_keep_as_read)
                try:
                    size = (self.root / f.document.path).stat().st_size
                except OSError:
                    size = -1
                self._queue_write(f.document.path, (f, size, model))
            for n in gone:
                self._queue_write(n, None)
            if not self.defer_seen:
                self._save_facts()
        # Aggregating makes records only (no reference cycles): a first build of a large story makes so many that the
        # cyclic collector's full passes froze the UI for 0.15-0.25 s at a time.
        with no_cycle_collection():
            update = self._rebuild(tuple(names), frozenset(rereads), renamed)
            if not self._frozen:
                self._frozen = True
                # The story and its facts live as long as the tracker: moved out of the collector's reach before it
                # resumes, or its first full pass would walk them all (a 0.5 s freeze at 1,000 files).
                keep_for_good()
        return update

    SEEN_SLACK = 5_000
    """Fact times kept in memory beyond twice the story's facts before those of facts no longer in it are forgotten."""

    def _forget_gone_facts(self, story: Story) -> None:
        """Once the first-seen maps (ours and the store's) hold more than twice the story's facts (plus SEEN_SLACK),
        forget the times of facts no longer in it: every fact key ever seen was kept for the session, and a session
        of hours grew by some ten a save, 0.3 KB each (bench/longrun.py). The store keeps them; a fact that returns
        gets its stored time back (Store.mark_seen)."""
        live = len(story.actors) + len(story.figures) + len(story.quotes) + len(story.claims)
        if self.store is None or len(self.first_seen) <= 2 * live + self.SEEN_SLACK:
            return
        keep = frozenset(story_keys(story))
        self.store.forget_stamps(keep)
        self.first_seen = {k: v for k, v in self.first_seen.items() if k in keep}

    def _rebuild(
        self, changed: tuple[str, ...], rereads: frozenset[str] = frozenset(), renamed: dict[str, str] | None = None
    ) -> Update:
        old = self.story
        renamed = renamed or {}
        # A file re-read by a new engine keeps its place in time: its facts that are new to the story (their text or
        # span moved) are first seen when the file's facts were, not now, and no change of it is news.
        since = {doc: min(times) for doc, times in _doc_times(old, rereads, self.first_seen).items() if times}
        # first_seen has changed only through this method (or warm_start, before the builder's first build).
        story = self._builder.build(list(self.facts.values()), self.first_seen, seen_changed=())
        if self.skipped:
            story = self._with_skipped(story)
        touched = self._builder.touched  # None on the first build: everything is new
        if self.store is not None:
            # Facts of unchanged files were marked by an earlier update: unless none has marked them all yet in
            # this session (a warm start built from the store), or the last marking failed.
            notice = self.store.notice
            for doc, keys in _doc_keys(story, frozenset(since)).items():
                self.store.seed_first_seen(keys, since[doc])
            # A renamed file's facts keep the times their old name's facts were first seen (their keys hold the name).
            for key, when in _renamed_times(old, story, renamed, self.first_seen).items():
                self.store.seed_first_seen((key,), when)
            seen = self.store.mark_seen(story, documents=touched if self._marked_all else None, defer=self.defer_seen)
            self._marked_all = self.store.notice == notice
            late, self._late_seen = self._late_seen, {}
            seen = {**late, **seen}
            moved = {k for k, when in seen.items() if self.first_seen.get(k) != when}
            self.first_seen.update(seen)
            self._forget_gone_facts(story)
            story = self._builder.stamp(story, self.first_seen, seen_changed=moved)
        diff = diff_stories(old, story, documents=touched)
        moved_files = frozenset(renamed) | frozenset(renamed.values())
        if moved_files:
            # A rename is no news of its facts: no "+2 claims, -2 claims", nor actors updated by it alone.
            only = moved_files.issuperset(changed)
            diff = StoryDiff(
                tuple(c for c in diff.changes if c.document not in moved_files and not (only and not c.document))
            )
        if rereads:
            # Story-wide changes (actors, conflicts) too, when nothing but re-reads happened.
            only = rereads.issuperset(changed)
            diff = StoryDiff(
                tuple(c for c in diff.changes if c.document not in rereads and not (only and not c.document))
            )
        self.story = story
        self._story_current = True
        trim_key_caches(story)
        n = len(story.documents)
        # Claims as the header and the Claims panel count them (with the quotes no claim contains).
        counts = (
            f"{counted(len(story.actors), 'actor')}, {counted(len(story.figures), 'figure')}, "
            f"{counted(claim_count(story), 'claim')}"
            if not old.documents or rereads
            else ""
        )
        if not old.documents and story.documents:
            # The first index of a story is not news: say what was read rather than "+67 actors".
            summary = f"indexed {counted(n, 'file')}: {counts}"
        elif rereads and diff.is_empty:
            k = len(rereads)
            summary = f"re-read {counted(k, 'file')} made by an older engine or another model: {counts}"
        else:
            # The files' own news first ("removed", "cannot be read: ..."), then what their facts changed.
            news = file_news(old, story, self.facts, [c for c in changed if c not in moved_files])
            if renamed:
                moves = (
                    f"renamed {middle_cut(next(iter(renamed.values())))} to {middle_cut(next(iter(renamed)))}"
                    if len(renamed) == 1
                    else f"{counted(len(renamed), 'file')} renamed"
                )
                news = "; ".join(p for p in (moves, news) if p)
            room = SUMMARY_CHARS - len(news) - 2 if news else SUMMARY_CHARS
            rows = _as_rows(diff, old, story, touched)
            facts = summarise(rows, limit=max(room, 20)) if not rows.is_empty else ""
            summary = "; ".join(p for p in (news, facts) if p)
        for f in self.facts.values():
            if f.document.path in changed and f.document.error:
                log.warning("%s: %s", f.document.path, f.document.error)
        return Update(
            story,
            changed=changed,
            changes=diff.changes,
            summary=summary,
            first_seen=dict(self.first_seen),
            notices=self.take_notice(),
            facts=dict(self.facts),
        )
