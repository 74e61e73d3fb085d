"""Running the whole engine on texts and files: read, repair, parse, extract, aggregate."""

from __future__ import annotations

import contextlib
import dataclasses
import multiprocessing
import os
import re
import signal
import sys
import threading
import time
import typing
from bisect import bisect_right
from collections.abc import Callable, Iterable, Sequence
from concurrent.futures import ProcessPoolExecutor, as_completed
from concurrent.futures.process import BrokenProcessPool
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypeVar

from extract.actors import extract_mentions
from extract.figures import extract_figures
from extract.pipeline import (
    DEFAULT_CACHE_BYTES,
    DocCache,
    choose_model,
    load_model,
    memory_zone,
    model_lock,
    model_name,
    pack,
    parse_many,
)
from extract.quotes import extract_quotes
from extract.recent import RecentFacts
from extract.records import DocFacts, DocumentInfo, Story
from extract.repair import repair
from extract.store import shared
from extract.story import build_story
from extract.textio import Loaded, ReadError, error_info, load, scan

_NEWLINE = re.compile("\n")
_T = TypeVar("_T")

if TYPE_CHECKING:
    from spacy.language import Language
    from spacy.tokens import Doc


def facts_from_doc(doc: Doc, loaded: Loaded, rep=None) -> DocFacts:
    """Run every extractor on a parsed document; an extractor bug becomes the document's error, and the other
    extractors' facts are kept (a bug in the figures rules must not take the file's actors and quotes with it)."""
    rep = rep or repair(loaded.text)
    name = loaded.info.path
    errors: list[str] = []

    def attempt(what: str, run: Callable[[], _T], empty: _T) -> _T:
        try:
            return run()
        except Exception as exc:  # noqa: BLE001 - reported per file, never hidden
            errors.append(f"{what} extraction failed: {type(exc).__name__}: {exc}")
            return empty

    mentions = attempt("actor", lambda: extract_mentions(doc, rep, name), [])
    figures = attempt("figure", lambda: extract_figures(doc, rep, name), [])
    quotes, claims, warnings = attempt("quote", lambda: extract_quotes(doc, rep, name, mentions), ([], [], []))
    newlines = [m.start() for m in _NEWLINE.finditer(loaded.text)]
    return DocFacts(
        document=_with_error(loaded.info, "; ".join(errors)) if errors else loaded.info,
        mentions=tuple(mentions),
        figures=_with_lines(figures, newlines),
        quotes=_with_lines(quotes, newlines),
        claims=_with_lines(claims, newlines),
        warnings=loaded.warnings + tuple(warnings),
    )


_STRING_FIELDS: dict[type, tuple[tuple[str, bool], ...]] = {}


def _string_fields(cls: type) -> tuple[tuple[str, bool], ...]:
    """The fields of a record class that hold a string (False) or a tuple of strings (True)."""
    known = _STRING_FIELDS.get(cls)
    if known is None:
        hints = typing.get_type_hints(cls)
        out = []
        for f in dataclasses.fields(cls):
            hint = hints[f.name]
            if hint is str or hint == (str | None):
                out.append((f.name, False))
            elif typing.get_origin(hint) is tuple and typing.get_args(hint)[:1] == (str,):
                out.append((f.name, True))
        known = _STRING_FIELDS[cls] = tuple(out)
    return known


def share_strings(facts: DocFacts) -> DocFacts:
    """``facts`` with their short strings shared with every other record's (``sys.intern``); returns ``facts``.

    For facts fresh from a worker process's pickle, which nothing else holds yet: their frozen records are set in
    place (a copy of each would cost more and free as much). Facts decoded from the store are shared the same way,
    so a story re-read after an engine upgrade holds what a warm start holds: at 1,000 files (the benchmark's
    replicated story) unshared facts took 40 MB of objects against 20 MB shared."""
    setattr_ = object.__setattr__
    for record in (facts.document, *facts.mentions, *facts.figures, *facts.quotes, *facts.claims):
        for name, many in _string_fields(type(record)):
            value = getattr(record, name)
            if not value:
                continue
            if many:
                same = tuple(map(shared, value))
                if any(a is not b for a, b in zip(same, value, strict=True)):
                    setattr_(record, name, same)
            elif (same := shared(value)) is not value:
                setattr_(record, name, same)
    if facts.warnings:
        setattr_(facts, "warnings", tuple(map(shared, facts.warnings)))
    return facts


def _with_lines(records: Sequence, newlines: list[int]) -> tuple:
    """Records with their 1-based line number filled in from their start offset."""
    return tuple(dataclasses.replace(r, line=bisect_right(newlines, r.start - 1) + 1) for r in records)


def _with_error(info: DocumentInfo, message: str) -> DocumentInfo:
    return dataclasses.replace(info, error=message)


BATCH_SIZE = 64
"""Paragraphs per nlp.pipe batch when nothing else shares the interpreter (the CLI, worker processes)."""
SHARED_BATCH_SIZE = 16
"""Paragraphs per batch when extracting in a background thread: spaCy holds the GIL through each batch, so a 64-
paragraph batch froze the UI thread for about half a second on a 2,000-word article. 16 against 8, live benchmark
at 1,000 files, two runs each in one hour: a new 2,000-word article 0.90-1.00 s against 1.13-1.15 s, app CPU
0.93-1.03 s against 1.16-1.19 s, worst stalls 0.16-0.17 s against 0.15-0.23 s (paints, either way)."""
SHARED_BATCH_TOKENS = 600
"""Tokens per batch at most when extracting in a background thread (``token_batches``): the live app's peak memory
is the parse's transient over what it holds, so a batch of long paragraphs set it. 600 tokens cost the same CPU as
16 paragraphs of a 2,000-word article (8 articles: 3,195 against 3,205 ms) and lowered the peak after 8 new articles
(1,000-file story, headless tracker, VmHWM) from 393-397 to 385-389 MB."""
STOP_GRACE_S = 5.0
"""How long ``stop_pool`` gives a worker to end on SIGTERM before it kills it, and the pool's thread to reap them."""
PARALLEL_MIN_FILES = 24
"""Fewer files than this are extracted in-process: starting workers (model load) costs seconds."""
TASK_FILES = 8
"""Files per worker task: small enough to stream progress and balance cores, big enough to batch nlp.pipe."""
RECENT_FACTS = 8
"""Files whose facts the engine remembers by name and content: a file read ahead (the app starts on a save at once,
during its debounce) is not extracted again by the update that follows, unless its bytes changed meanwhile."""


def default_processes() -> int:
    """Worker processes for cold indexing: one per core this process may use."""
    try:
        return max(1, len(os.sched_getaffinity(0)))
    except AttributeError:  # pragma: no cover - not Linux
        return max(1, os.cpu_count() or 1)


class Engine:
    """A loaded model plus a paragraph cache; one extraction at a time (calls are serialised by a lock).

    ``extract_files(..., processes=N)`` spreads big batches over N worker processes (spawned, so safe next to
    the app's threads); the workers send back facts, plus their parsed paragraphs, packed, for this cache when
    ``worker_parses`` is set.
    """

    def __init__(
        self,
        model: str | None = None,
        nlp: Language | None = None,
        cache_bytes: int = DEFAULT_CACHE_BYTES,
        processes: int | None = 1,
        recent_facts: int = RECENT_FACTS,
        worker_parses: bool = True,
        memory_zones: bool = True,
    ) -> None:
        self.processes = processes
        """Default worker processes for ``extract_files`` (None = one per core, 1 = in-process)."""
        self.worker_parses = worker_parses
        """Whether worker processes send their parsed paragraphs back, packed, for this engine's cache (so a later
        edit of any file they read re-parses one paragraph). The app turns it off: after an engine upgrade, when
        every stored file is read again, the packed parses of a 1,000-file story filled 12 MB of the cache for good
        (peak after 8 new articles 414 -> 403 MB), while the warm start it usually makes caches no file but the
        latest draft, which it parses after the index either way (``warm``)."""
        self.memory_zones = memory_zones
        """Whether each extraction parses and extracts inside a spaCy memory zone, so the vocabulary forgets the words
        it read (a long-running app's memory stays flat over hours of saves of new text). One-shot runs (the CLI,
        worker processes) turn it off: inside a zone spaCy neither keeps a lexeme nor caches a tokenization, so the
        same words are made again in every zone, which only a long-running process needs."""
        self._model = model
        self._nlp = nlp
        self.cache = DocCache(cache_bytes)
        self._lock = threading.Lock()
        self._pool: ProcessPoolExecutor | None = None
        self._pool_size = 0
        self._pool_lock = threading.Lock()
        """Held while a batch runs on the worker processes, so ``release_pool`` never stops them mid-batch."""
        self.pool_batches = 0
        """Batches run on the worker processes so far (the app restarts their idle timer only after such a batch)."""
        self.recent = RecentFacts(recent_facts)
        """The last files' facts by name and bytes (0 keeps none: worker processes, one-shot runs)."""

    @property
    def nlp(self) -> Language:
        if self._nlp is None:
            self._nlp = load_model(self._model)
        return self._nlp

    @property
    def model(self) -> str:
        """The model name workers load: the explicit one, the given pipeline's, or the best installed."""
        if self._model:
            return self._model
        if self._nlp is not None:
            return model_name(self._nlp)
        return choose_model(None)

    def extract_loaded(
        self,
        loaded: Sequence[Loaded],
        batch_size: int | None = None,
        on_parsed: Callable[[str, Doc], None] | None = None,
    ) -> list[DocFacts]:
        """Extract facts from already-read files, parsing all their changed paragraphs in one go (``batch_size``
        paragraphs per nlp.pipe batch; by default small in a background thread, so the thread with the UI keeps
        getting the interpreter)."""
        tokens = 0
        if batch_size is None:
            shared = threading.current_thread() is not threading.main_thread()
            batch_size = SHARED_BATCH_SIZE if shared else BATCH_SIZE
            tokens = SHARED_BATCH_TOKENS if shared else 0
        out, todo = self.recent.claim(loaded)
        made: list[DocFacts] | None = None
        try:
            made = self._extract_loaded([loaded[i] for i in todo], batch_size, on_parsed, tokens) if todo else []
        finally:
            self.recent.settle(loaded, todo, made)
        for i, facts in zip(todo, made, strict=True):
            out[i] = facts
        return out  # type: ignore[return-value]

    def _extract_loaded(
        self,
        loaded: Sequence[Loaded],
        batch_size: int,
        on_parsed: Callable[[str, Doc], None] | None,
        batch_tokens: int = 0,
    ) -> list[DocFacts]:
        reps = [repair(item.text) for item in loaded]
        nlp = self.nlp  # loaded outside any memory zone: the model's own strings stay for good
        with self._lock, self._zone(nlp):
            texts = [r.text for r in reps]
            docs = parse_many(
                nlp, texts, self.cache, batch_size=batch_size, on_parsed=on_parsed, batch_tokens=batch_tokens
            )
            # Extracted inside the zone that parsed them: the facts are plain records, the Docs go with the zone.
            return [facts_from_doc(d, item, r) for d, item, r in zip(docs, loaded, reps, strict=True)]

    def extract_text(self, text: str, document: str = "<text>") -> DocFacts:
        """Extract facts from a string."""
        info = DocumentInfo(path=document, title="", words=len(text.split()), sha256="", modified=0.0)
        return self.extract_loaded([Loaded(info, text)])[0]

    def warm(self, path: str | os.PathLike[str], display: str) -> int:
        """Parse a file into the paragraph cache without extracting anything (an unreadable file is skipped); returns
        the paragraphs parsed.  A file about to be edited then costs only its edited paragraph."""
        try:
            loaded = load(path, display)
        except ReadError:
            return 0
        text = repair(loaded.text).text
        nlp = self.nlp
        with self._lock, self._zone(nlp):
            before = self.cache.misses
            parse_many(nlp, [text], self.cache, batch_size=SHARED_BATCH_SIZE, batch_tokens=SHARED_BATCH_TOKENS)
            return self.cache.misses - before

    def _zone(self, nlp: Language) -> contextlib.AbstractContextManager[object]:
        """Where this engine parses and extracts: a memory zone (``pipeline.memory_zone``) when ``memory_zones``, else
        the model's lock alone, so that it never parses beside another engine's zone on a shared model."""
        return memory_zone(nlp) if self.memory_zones else model_lock(nlp)

    def _extract_chunk(
        self, items: Sequence[tuple[str | os.PathLike[str], str]], on_parsed: Callable[[str, Doc], None] | None = None
    ) -> list[DocFacts]:
        """Read and extract one chunk, in input order; unreadable files become per-file errors."""
        slots: list[DocFacts | None] = []
        loaded: list[Loaded] = []
        for path, display in items:
            try:
                loaded.append(load(path, display))
                slots.append(None)
            except ReadError as exc:
                slots.append(DocFacts(error_info(display, str(exc), path)))
        done = iter(self.extract_loaded(loaded, on_parsed=on_parsed)) if loaded else iter(())
        return [s if s is not None else next(done) for s in slots]

    def extract_files(
        self,
        files: Iterable[tuple[str | os.PathLike[str], str]],
        progress: Callable[[int, int], None] | None = None,
        chunk: int = 16,
        processes: int | None | Literal["default"] = "default",
        on_facts: Callable[[list[DocFacts]], None] | None = None,
    ) -> list[DocFacts]:
        """Extract (path, display name) pairs, in input order; unreadable files become per-file errors.

        ``processes``: worker processes for big batches (None = one per core; 1 = in this process; by default the
        engine's ``processes``).
        ``progress(done, total)`` and ``on_facts(chunk)`` are called as chunks finish (in completion order).
        """
        items = list(files)
        if processes == "default":
            processes = self.processes
        n = default_processes() if processes is None else max(1, processes)
        if n > 1 and len(items) >= PARALLEL_MIN_FILES:
            try:
                with self._pool_lock:
                    self.pool_batches += 1
                    return self._extract_parallel(items, n, progress, on_facts)
            except BrokenProcessPool:
                self.close()  # a worker died (killed, out of memory): finish in this process
        out: list[DocFacts] = []
        for i in range(0, len(items), chunk):
            part = self._extract_chunk(items[i : i + chunk])
            out.extend(part)
            if on_facts:
                on_facts(part)
            if progress:
                progress(min(i + chunk, len(items)), len(items))
        return out

    def _extract_parallel(
        self,
        items: list[tuple[str | os.PathLike[str], str]],
        processes: int,
        progress: Callable[[int, int], None] | None,
        on_facts: Callable[[list[DocFacts]], None] | None,
    ) -> list[DocFacts]:
        pool = self._get_pool(processes)
        tasks = [items[i : i + TASK_FILES] for i in range(0, len(items), TASK_FILES)]
        futures = {
            pool.submit(_worker_extract, [(os.fspath(p), d) for p, d in task]): k for k, task in enumerate(tasks)
        }
        results: list[list[DocFacts]] = [[] for _ in tasks]
        done = 0
        try:
            for fut in as_completed(futures):
                facts, packed = fut.result()
                facts = [share_strings(f) for f in facts]
                for key, data in packed:
                    self.cache.put(key, data)
                results[futures[fut]] = facts
                done += len(facts)
                if on_facts:
                    on_facts(facts)
                if progress:
                    progress(done, len(items))
        except BaseException:
            # Ctrl-C, a quit or a failure: stop the workers now. Left to themselves they ran every queued task
            # first (the interpreter's exit waits for them): Ctrl-C on a 210-file extract took effect ~75 s later,
            # after all the work was done, and dropped it (probe s29 UX-11).
            self.stop_pool()
            raise
        return [f for part in results for f in part]

    def _get_pool(self, processes: int) -> ProcessPoolExecutor:
        if self._pool is None or self._pool_size != processes:
            self.close()
            nlp = None
            ctx: multiprocessing.context.BaseContext
            if _can_fork():
                # Only this thread runs (the CLI, a script): forked workers start at once with this process's loaded
                # model, where spawned ones would each import spaCy and load the model again (a second or more of
                # CPU each). A forked worker gets its start-up arguments by copy, not by pickle.
                ctx = multiprocessing.get_context("fork")
                nlp = self.nlp
            else:
                # Spawned, not forked: forking a process that runs threads (the app, watchdog) can deadlock.
                ctx = multiprocessing.get_context("spawn")
                _start_resource_tracker()
            self._pool = ProcessPoolExecutor(
                processes,
                mp_context=ctx,
                initializer=_worker_init,
                initargs=(self.model, self.cache.max_bytes if self.worker_parses else 0, nlp),
            )
            self._pool_size = processes
        return self._pool

    @property
    def has_pool(self) -> bool:
        """Whether worker processes are running (each holds a loaded model: a few hundred MB)."""
        return self._pool is not None

    def release_pool(self) -> bool:
        """Stop the worker processes unless a batch is running on them; True if none are left running.

        A long-running app calls this once a cold index is done: idle workers would hold their memory for hours on
        a shared machine, and the next big batch starts them again in a few seconds."""
        if not self._pool_lock.acquire(blocking=False):
            return False
        try:
            self.close()
        finally:
            self._pool_lock.release()
        return True

    def stop_pool(self) -> None:
        """Stop the worker processes at once, mid-task (``close`` lets each finish the task it runs, and the
        interpreter's exit waits for every task already queued). On return each worker has ended and been reaped."""
        pool = self._pool
        if pool is None:
            return
        self._pool = None
        # CPython's ProcessPoolExecutor keeps its processes by pid; it has no public way to stop them mid-task.
        processes = list((getattr(pool, "_processes", None) or {}).values())
        manager = getattr(pool, "_executor_manager_thread", None)
        for process in processes:
            process.terminate()
        pool.shutdown(wait=False, cancel_futures=True)
        # The pool's own thread reaps its workers (it joins each once they are gone). A join here raced it: whichever
        # waitpid came second found no child and read no exit code, so a worker ended by SIGTERM looked alive
        # (exitcode None, CI at 8ab4c31; 7 of 300 times in a script joining a terminated process from two threads).
        # So the end of each worker is read from its sentinel, which never reaps; one still running after
        # STOP_GRACE_S is killed; then the pool's thread is waited for, which leaves each worker reaped, its exit
        # code read.
        left = _running_after(processes, STOP_GRACE_S)
        for process in left:
            process.kill()
        if manager is not None and manager is not threading.current_thread():
            manager.join(STOP_GRACE_S)

    def close(self) -> None:
        """Stop the worker processes, if any (they are also stopped at interpreter exit)."""
        if self._pool is not None:
            self._pool.shutdown(wait=False, cancel_futures=True)
            self._pool = None


def _start_resource_tracker() -> None:
    """Start multiprocessing's resource tracker with a real stderr: under Textual, ``sys.stderr`` has no usable
    file descriptor and starting the tracker from there fails ("bad value(s) in fds_to_keep")."""
    from multiprocessing import resource_tracker

    saved = sys.stderr
    try:
        fd = saved.fileno()
    except (AttributeError, OSError, ValueError):
        fd = -1
    try:
        if fd < 0:
            sys.stderr = sys.__stderr__
        resource_tracker.ensure_running()
    finally:
        sys.stderr = saved


_WORKER: Engine | None = None
_WORKER_SENDS_DOCS = True


def _running_after(
    processes: list[multiprocessing.process.BaseProcess], timeout: float
) -> list[multiprocessing.process.BaseProcess]:
    """Those of ``processes`` still running ``timeout`` seconds from now (fewer as they end), told by their sentinels:
    a process's sentinel is readable once it has ended, and reading it reaps nothing."""
    from multiprocessing.connection import wait

    deadline = time.monotonic() + timeout
    running = {p.sentinel: p for p in processes}
    while running:
        left = deadline - time.monotonic()
        if left <= 0:
            break
        for ended in wait(list(running), left):
            running.pop(ended, None)  # type: ignore[arg-type,call-overload]
    return list(running.values())


def _can_fork() -> bool:
    """Whether worker processes may be forked: on Linux (macOS system libraries are not fork-safe), with no other
    thread running in this process (a fork copies only the calling thread; a lock another thread held stays locked
    in the child for good), and no torch loaded (a transformer pipeline's OpenMP pool hangs forked children)."""
    return (
        sys.platform.startswith("linux")
        and "torch" not in sys.modules
        and threading.active_count() == 1
        and "fork" in multiprocessing.get_all_start_methods()
    )


def _worker_init(model: str, cache_bytes: int, nlp: Language | None = None) -> None:
    """Load the model once per worker process (a forked worker is handed its parent's loaded ``nlp``)."""
    global _WORKER, _WORKER_SENDS_DOCS
    # Ctrl-C reaches the whole process group: the parent stops its workers (Engine.stop_pool); a worker that took
    # it too would only fail the task it runs and go on to the next.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    # SIGTERM (Engine.stop_pool) ends a worker whatever its parent does with it: a forked worker had its parent's
    # handlers (an embedding program's graceful shutdown, or a handler of asyncio's, which writes to the parent's
    # event loop through the wakeup fd the worker shares), and a spawned one keeps an ignored signal. SIGHUP too,
    # unless ignored (nohup: the workers outlive a hangup as their parent does; review revB-R18).
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    if signal.getsignal(signal.SIGHUP) is not signal.SIG_IGN:
        signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.set_wakeup_fd(-1)
    # Output from a worker (library warnings) would be drawn over the dashboard; results travel by pipe.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    _WORKER = Engine(model, nlp=nlp, cache_bytes=0, recent_facts=0, memory_zones=False)
    _WORKER_SENDS_DOCS = cache_bytes > 0
    _ = _WORKER.nlp


def _worker_extract(items: list[tuple[str, str]]) -> tuple[list[DocFacts], list[tuple[str, bytes]]]:
    """One task in a worker: facts for the files, plus their parsed paragraphs packed for the parent's cache."""
    assert _WORKER is not None
    packed: list[tuple[str, bytes]] = []
    sink = (lambda key, doc: packed.append((key, pack(doc)))) if _WORKER_SENDS_DOCS else None
    return _WORKER._extract_chunk(items, on_parsed=sink), packed


def extract_paths(
    paths: Sequence[str | os.PathLike[str]], model: str | None = None, processes: int | None = None
) -> tuple[Story, list[str]]:
    """Extract a story from files and folders; returns the story and the paths that do not exist.

    Big batches use one worker process per core (``processes=None``); one-shot runs keep no paragraph cache.
    """
    missing = [str(p) for p in paths if not Path(p).exists()]
    listing = scan(p for p in paths if Path(p).exists())
    files = [(f, str(f)) for f in listing.files]
    engine = Engine(model, cache_bytes=0, recent_facts=0, memory_zones=False)
    try:
        facts = engine.extract_files(files, processes=processes) if files else []
    finally:
        engine.close()
    story = build_story(facts)
    if listing.skipped:
        # Loops, links out of the folder and unreadable folders are not read, but never silently.
        skipped = tuple(f"{path}: {reason}" for path, reason in listing.skipped)
        story = dataclasses.replace(story, warnings=story.warnings + skipped)
    # The pipeline's meta name, without loading the model in this process when spawned workers did the parsing.
    loaded = engine._nlp
    story.extra["model"] = (loaded.meta.get("name", "") if loaded else engine.model.partition("_")[2]) if files else ""
    return story, missing
