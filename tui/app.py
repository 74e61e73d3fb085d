"""The storywatch Textual app: the story state, the watcher, and the workers that run the engine."""

from __future__ import annotations

import asyncio
import logging
import os
import shutil
import signal
import subprocess
import sys
import threading
import time
from collections.abc import Callable, Iterable
from contextlib import suppress
from datetime import datetime
from functools import partial
from pathlib import Path
from typing import TYPE_CHECKING

from textual import events, work
from textual.app import App, SuspendNotSupported, SystemCommand
from textual.binding import Binding
from textual.css.query import NoMatches
from textual.message import Message
from textual.notifications import Notification, Notify
from textual.reactive import reactive
from textual.screen import Screen
from textual.theme import Theme
from textual.timer import Timer
from textual.worker import Worker, WorkerState

from extract.bulk import LONG_RUN_THRESHOLDS, collect_young, set_thresholds
from extract.export import counted, safe_text
from extract.records import Claim, DocFacts, Figure, Quote, Story
from extract.store import Store
from tui.memory import limit_malloc_arenas, release_free_memory
from tui.messages import FileChanged, FolderProblem, IndexProgress, ModelReady, StoryUpdated
from tui.screens.dashboard import DashboardScreen
from tui.widgets.changes import ChangesLog, names_itself
from tui.widgets.cite import cite_claim, cite_figure, cite_quote
from tui.widgets.clipboard import multiplexer, osc52, screen_passthrough, tmux_load_buffer
from tui.widgets.figures import change_seen_key
from tui.widgets.header import StoryHeader
from tui.widgets.panels import PreparedRows, prepare_rows
from tui.widgets.prefs import config_dir, load_prefs, save_prefs
from tui.widgets.safe import clip_text, file_name, know_paths, theme_styles

if TYPE_CHECKING:
    # The engine and the tracker import spaCy and the extractors' tables (seconds): the worker imports them,
    # so the event loop can paint the stored story first.
    from extract.engine import Engine
    from tui.tracker import StoryTracker, Update
    from tui.watcher import FolderWatcher  # watchdog and the file reader: imported once the stored story is shown

log = logging.getLogger("storywatch")

DEBOUNCE_S = 0.2
"""Events for the same files within this window become one update."""
MAX_WAIT_S = 1.0
"""A file saved without pause (more often than the debounce) is still shown at least this often."""
READING_SAID_S = 1.0
"""An update reading longer than this says what it reads in the header ("reading huge.txt…")."""
POOL_IDLE_S = 30.0
"""Worker processes left from a cold index are stopped after this long without a batch (they hold a model each)."""
WARM_FILES = 1
"""Files whose paragraphs are parsed into the cache after start-up, the most recently saved first: the draft a
reporter saves next is then re-parsed one paragraph at a time from the first save (else its first save after a warm
start parses it whole: 1.6 s for 2,000 words)."""
AHEAD_FILES = 4
"""A burst of saves to at most this many files is extracted at once, during the debounce (``read_ahead``); the update
after the debounce then finds their facts ready. A bigger burst (a checkout, a copied folder) waits for the update,
which spreads it over the worker processes."""
AHEAD_PASSES = 2
"""Read-ahead passes per debounce at most: a file written over and over is left to the update."""
ROOT_CHECK_S = 2.0
"""How often the app looks whether the story folder is still the one watched (_check_root: a stat)."""
ROOT_CHECK_TIMER = "look at the story folder"
"""The name of that check's timer: the only timer an idle app keeps running (tests/tui/test_idle.py)."""
FIRST_PAINT_WAIT_S = 2.0
"""How long the worker waits for the stored story to be painted before it loads the model."""


_UPDATE = "storywatch-update-"
"""How the identity of an update's notice starts (see StoryWatchApp._notify_update)."""


class _Closing(Exception):
    """Raised in a worker between chunks of files when the app is going away."""


class ClipboardProblem(Message):
    """tmux refused the copied text."""

    def __init__(self, text: str) -> None:
        super().__init__()
        self.text = text


LATE_MODULES = (
    "tui.screens.files",
    "tui.screens.detail",
    "tui.screens.help",
    "tui.screens.export",
    "tui.export_names",
    "tui.widgets.editor",
)
"""Modules the app imports on first use (the launch paints sooner without them)."""


def import_the_rest() -> None:
    """Import LATE_MODULES (in the start-up worker, once the stored story is shown): an app left open for hours
    imported them at its first `f`, `?`, detail, export or notice, from whatever the code on disk was by then, and a
    `git pull` or an upgrade in between crashed it there (probe s28 UX-3: "cannot import name 'middle_cut'")."""
    import importlib

    for name in LATE_MODULES:
        importlib.import_module(name)


class StoryWatchApp(App[int]):
    """Watches a folder of articles and shows the story's actors, figures and claims live."""

    CSS_PATH = "app.tcss"
    TITLE = "storywatch"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("question_mark", "help", "Help"),
        # One key, the footer saying what it does now: 'p Pause' stayed on screen while paused (check_action).
        Binding("p", "pause", "Pause"),
        Binding("p", "resume", "Resume"),
        Binding("r", "reindex", "Re-index", show=False),
        Binding("t", "change_theme", "Theme", show=False),
    ]

    # The watchers redraw what each shows; a plain reactive would also repaint the whole screen on every update.
    story: reactive[Story | None] = reactive(None, always_update=True, repaint=False)
    paused: reactive[bool] = reactive(False, repaint=False)
    status: reactive[str] = reactive("starting", repaint=False)

    def __init__(
        self,
        seeds_dir: Path,
        model: str | None = None,
        state_dir: str | os.PathLike[str] | None = None,
        poll: bool = False,
        engine: Engine | None = None,
        use_store: bool = True,
        config: str | os.PathLike[str] | None = None,
        clock: Callable[[], datetime] | None = None,
        quit_on_signals: bool = False,
    ) -> None:
        super().__init__()
        self.quit_on_signals = quit_on_signals
        """Quit as on ``q`` when the process gets SIGTERM or SIGHUP (a dropped SSH session), so on_unmount writes what
        the last update left for later (tracker.flush_seen) and saves the story; the command sets it, tests do not."""
        self._signals: tuple[signal.Signals, ...] = ()
        self.seeds_dir = Path(seeds_dir)
        self.model = model
        self.state_dir = Path(state_dir) if state_dir else None
        self.poll = poll
        self.engine: Engine | None = engine
        """Made in the worker when not given (see start_story)."""
        self.use_store = use_store
        self.config_dir = config_dir(config)
        self.clock = clock or datetime.now
        self.tracker: StoryTracker | None = None
        self.first_seen: dict[str, str] = {}
        self.unseen: set[str] = set()
        self._warned: set[tuple[str, str]] = set()
        self._update_notice: Notification | None = None
        self._update_seq = 0
        """The notice of the last update's summary, which the next one replaces (see _notify_update)."""
        """(file, kind of warning) said once in a notice (``_notify_file_warnings``)."""
        self.updated = ""
        self._dirty: set[str] = set()
        self._busy = False
        self._reading: tuple[str, ...] = ()
        """The files an update is extracting now (set and cleared by its worker; see _say_why_exit_waits)."""
        self.warming = False
        """True while the most recent drafts are parsed into the cache after start-up (warm_recent)."""
        self._flush_timer: Timer | None = None
        self._pool_timer: Timer | None = None
        self._pool_batches_seen = 0
        self._pending_since: float | None = None
        self._ahead: set[str] = set()
        """Saved paths waiting to be read ahead (guarded by ``_ahead_lock``; ``_reading_ahead`` while a worker runs)."""
        self._ahead_lock = threading.Lock()
        self._reading_ahead = False
        self._ready_ahead = False
        """Set once the start-up update is posted (the model and the extractors' tables are loaded by then)."""
        self._ahead_passes = 0
        """Read-ahead passes since the last update began (at most AHEAD_PASSES per debounce; ``_ahead_lock``)."""
        self.facts: dict[str, DocFacts] = {}
        """Per-file facts of the current story (a snapshot from the last update)."""
        self._saved_theme: str | None = None
        self._pending_log: list[tuple[tuple[str, ...], str, str]] = []
        self._styles: tuple[str, dict[str, str]] | None = None
        self._prepared: dict[int, PreparedRows] = {}
        """Panel rows a worker made for a story it posted (by id of the story, which they hold): the event loop
        then only applies them."""
        self._next_rows: PreparedRows | None = None
        self._painted = threading.Event()
        """Set when a story has been painted (the start-up worker waits for its stored stories to show)."""
        self._painted_story: Story | None = None
        """The last story painted (the one the start-up worker may be waiting for)."""
        self._going_away = threading.Event()
        """Set when the app goes away: the start-up worker stops at its next step instead of loading and indexing."""
        self._watcher: FolderWatcher | None = None
        """Started by the start-up worker once the stored story is on screen, before it looks for changed files
        (``_watch_from_worker``): importing watchdog and starting its thread delayed the first paint."""
        self.dashboard = DashboardScreen()
        self._folder_gone = False
        """True from a FolderProblem of a missing folder until it is back (_check_folder)."""
        self._root_looking = threading.Event()
        """Set while a thread looks whether the story folder is still the one watched (_check_root)."""
        self._gc_before: tuple[int, ...] | None = None
        """The collector's thresholds before this app raised them (put back when it goes away)."""

    async def run_async(self, *args, **kwargs):  # type: ignore[override]
        try:
            return await super().run_async(*args, **kwargs)
        finally:
            self._say_why_exit_waits()

    def _say_why_exit_waits(self) -> None:
        """Once the terminal is given back, say what the process still waits for: an update's extraction in a thread,
        which cannot be stopped mid-parse (q or SIGTERM while a 3 MB file was read left a blank terminal for 45 s,
        and the reporter took it for a hang; probe s30 U18). Nothing is lost by ctrl+c: what is not stored is read
        again at the next launch."""
        reading = self._reading
        if not reading:
            return
        what = file_name(reading[0]) if len(reading) == 1 else counted(len(reading), "file")
        with suppress(OSError, ValueError, AttributeError):
            print(
                f"storywatch: finishing the read of {what} before exiting (ctrl+c stops now; "
                "the next launch reads what was not stored)",
                file=sys.__stderr__,
                flush=True,
            )
        with suppress(ValueError):  # (not the main thread)
            # The interpreter's exit joins the reading thread, and a KeyboardInterrupt there still waited for it.
            signal.signal(signal.SIGINT, lambda signum, frame: os._exit(130))

    def get_default_screen(self) -> Screen:
        return self.dashboard

    def on_load(self) -> None:
        # A live app allocates many short-lived objects per update: rarer young collections, and full ones that
        # walk the heap with the interpreter held (25-110 ms) far rarer (extract/bulk.py LONG_RUN_THRESHOLDS).
        self._gc_before = set_thresholds(*LONG_RUN_THRESHOLDS)
        # Before the workers start: their threads share a few C heaps instead of growing one each (tui/memory.py).
        limit_malloc_arenas()
        if self.quit_on_signals:
            loop = asyncio.get_running_loop()
            for sig in (signal.SIGTERM, signal.SIGHUP):
                try:
                    loop.add_signal_handler(sig, self.exit)
                except (NotImplementedError, RuntimeError, ValueError):  # not the main thread, or no such signal
                    continue
                self._signals += (sig,)
        # Reading the stored story starts before the screen is built, so it is ready by the first frame.
        self._busy = True
        self.start_story()

    def notify(self, message: str, *, title: str = "", **kwargs) -> None:
        """A notice, with control, escape and bidi-override characters shown as U+FFFD: file names reach notices
        ("<name>: +1 claim") and a name is as hostile as a file's text (probe s28 UX-10: a name holding ESC[2J and
        OSC 0 cleared the screen and set the terminal's title). Every notice of the app and its screens comes here."""
        super().notify(safe_text(message), title=safe_text(title), **kwargs)

    async def on_event(self, event: events.Event) -> None:
        if isinstance(event, events.Key) and not event.is_forwarded:
            # The widget Textual hands the key to (see on_key).
            event._handed_to = self.focused or self.screen  # type: ignore[attr-defined]
        await super().on_event(event)

    def on_key(self, event: events.Key) -> None:
        """A key comes back here from the widget it was handed to (for the bindings) after the keys before it have
        acted: when one of those moved the focus, the key goes to the widget focused now, as if typed after it.

        Textual hands each key to the widget focused when the app reads it, and keys typed in one burst (a quick
        typist; SSH delivers them together) are all read before the first one's action runs: '/Smith' gave the
        letters to the panel, where they were lost or ran its bindings ('/evac' + Enter: 'e' opened the export and
        Enter wrote a file; 't' changed the theme, 'q' quit), and '3/Kherson' lost 'Kherson' (probe s28 UX-1)."""
        handed, focused = getattr(event, "_handed_to", None), self.focused
        if handed is None or focused is None or handed is focused:
            return
        event.prevent_default()  # no bindings for it here: the widget focused now gets it
        event.stop()
        key = events.Key(event.key, event.character)
        key._handed_to = focused  # type: ignore[attr-defined]
        focused._forward_event(key)

    def on_mount(self) -> None:
        self._load_theme()
        self.theme_changed_signal.subscribe(self, self._theme_changed)
        self._redraw_header()

    def _start_watching(self, started: threading.Event | None = None) -> None:
        """Start watching the folder (on the event loop); sets ``started`` when done, even when it failed."""
        try:
            if self._watcher is None and not self._going_away.is_set():
                from tui.watcher import FolderWatcher

                self._watcher = FolderWatcher(self.seeds_dir, self.post_message, poll=self.poll)
                self._watcher.start()
                self.set_interval(ROOT_CHECK_S, self._check_root, name=ROOT_CHECK_TIMER)
        except OSError as exc:
            self.notify(f"cannot watch {self.seeds_dir}: {exc}", severity="error", timeout=10, markup=False)
        finally:
            if started is not None:
                started.set()

    def _watch_from_worker(self) -> None:
        """In the start-up worker: have the event loop start watching the folder, and wait until it has, so any save
        is either seen by the watcher or found by the look for changed files that follows (none falls between)."""
        from tui.watcher import FolderWatcher  # noqa: F401 - imported here, not on the event loop (40-110 ms)

        import_the_rest()

        started = threading.Event()
        if not self.call_later(self._start_watching, started):
            return  # the app is closing
        while not started.wait(0.05):
            if self._going_away.is_set():
                return

    # Themes ------------------------------------------------------------------------------------------
    def _load_theme(self) -> None:
        try:
            prefs = load_prefs(self.config_dir)
        except (OSError, ValueError) as exc:
            self.notify(f"ignoring unreadable settings in {self.config_dir}: {exc}", severity="warning", markup=False)
            return
        theme = prefs.get("theme")
        if isinstance(theme, str) and theme in self.available_themes:
            self._saved_theme = theme
            self.theme = theme

    def _theme_changed(self, theme: Theme) -> None:
        self._styles = None
        self.redraw()
        if theme.name == self._saved_theme:
            return
        try:
            save_prefs(self.config_dir, {"theme": theme.name})
            self._saved_theme = theme.name
        except OSError as exc:
            self.notify(f"cannot save the theme: {exc}", severity="warning", markup=False)

    def theme_styles(self) -> dict[str, str]:
        """Rich styles for fact text derived from the current theme (cached per theme)."""
        if self._styles is None or self._styles[0] != self.theme:
            self._styles = (self.theme, theme_styles(self.get_css_variables()))
        return self._styles[1]

    # Workers ----------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def start_story(self) -> None:
        """Warm start from the store, load the model, then extract what changed since last time."""
        # The integrity check reads the whole file (50-60 ms at 1,000 files): it runs once the head is on screen.
        store = Store.open(self.seeds_dir, self.state_dir, check=False) if self.use_store else None
        from tui.tracker import StoryTracker  # light: spaCy and the extractors come after the first paint

        tracker = StoryTracker(self.seeds_dir, self.engine, store)
        tracker.defer_seen = True  # written once each update is posted (flush_seen), off the path to the screen
        head = tracker.warm_head()
        if head is not None:
            # What the panels show of a large stored story paints in milliseconds; the whole story follows.
            self._prepare_rows(head.story, head.first_seen)
            self.post_message(StoryUpdated(head.story, first_seen=head.first_seen, final=False))
            self._wait_painted(head.story)
        if store is not None:
            store.check()  # a damaged store is moved aside and rebuilt: the stored story is then read from nothing
        warm = tracker.warm_start()
        if warm is not None:
            self._prepare_rows(warm.story, warm.first_seen)
            self.post_message(
                StoryUpdated(
                    warm.story, first_seen=warm.first_seen, notices=warm.notices, final=False, facts=warm.facts
                )
            )
            # Loading the model holds the interpreter for long stretches: let the stored story paint first.
            self._wait_painted(warm.story)
        if self._going_away.is_set():
            return
        self._watch_from_worker()  # before the model loads (a model that fails to load leaves the folder watched)
        if self.engine is None:
            from extract.engine import Engine  # imports spaCy and the extractors' tables (seconds)

            # Cold indexing of many files uses one worker process per core; edits stay in this process.
            # Their parses are not sent back: the latest draft is parsed after the index (warm_recent), as after a
            # warm start, and a cache of every file read after an engine upgrade held 12 MB for good.
            self.engine = Engine(self.model, processes=None, worker_parses=False)
        tracker.engine = self.engine
        self.tracker = tracker
        from extract.pipeline import choose_model  # imported by the worker: the first paint does not wait for it

        name = choose_model(self.model)
        self.post_message(ModelReady(f"loading {name}\u2026"))
        tracker.prepare()
        if self._going_away.is_set():
            self.engine.close()  # on_unmount may have run before the engine existed
            return
        self.post_message(ModelReady(name))
        todo = tracker.stale_files()
        self._reading = tuple(todo)
        try:
            update = tracker.update(todo, progress=self._index_progress)
        except _Closing:
            return  # the files not yet read are stale next time
        finally:
            self._reading = ()
        self._post_update(update, final=True)
        self._ready_ahead = True
        tracker.flush_seen()
        self.warming = True
        self.warm_recent(tracker)
        self._save_when_shown(tracker, update.story)  # the first save of the session: the next launch paints it

    def _note_painted(self, story: Story) -> None:
        self._painted_story = story
        self._painted.set()

    def _wait_painted(self, story: Story) -> None:
        """In the worker: wait (at most FIRST_PAINT_WAIT_S) until ``story`` has been painted."""
        deadline = time.monotonic() + FIRST_PAINT_WAIT_S
        while self._painted_story is not story and not self._going_away.is_set():
            self._painted.clear()
            left = deadline - time.monotonic()
            if left <= 0 or (self._painted_story is not story and not self._painted.wait(left)):
                return

    def _index_progress(self, done: int, total: int) -> None:
        """Progress of an extraction, from the worker; quitting stops it between chunks of files."""
        if self._going_away.is_set():
            raise _Closing
        self.post_message(IndexProgress(done, total))

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def refresh_files(self, paths: list[str]) -> None:
        """Re-extract the files behind a batch of file-system events."""
        tracker = self.tracker
        assert tracker is not None
        names = tracker.expand(paths)
        self._reading = tuple(names)
        try:
            update = tracker.update(names, progress=self._index_progress)
        except _Closing:
            return
        finally:
            self._reading = ()
        self._post_update(update, final=True)
        # The store's writes (the facts, the first/last-seen times) would share the interpreter with the paint.
        self._wait_painted(update.story)
        tracker.flush_seen()
        self._save_when_shown(tracker, update.story)
        self._tidy(tracker)

    @work(thread=True, group="warm", exit_on_error=False, description="parse recent drafts")
    def warm_recent(self, tracker: StoryTracker) -> None:
        """Parse the most recently saved files into the paragraph cache (an edit arriving meanwhile waits for one
        file's parse at most: the engine parses one file at a time)."""
        try:
            for path, name in tracker.recent_files(WARM_FILES):
                if self._going_away.is_set():
                    return
                tracker.engine.warm(path, name)  # type: ignore[union-attr]
        except Exception:  # noqa: BLE001 - best effort: without it the first save parses the whole file, no more
            log.warning("parsing the latest draft ahead failed", exc_info=True)
        finally:
            self.warming = False
        self._tidy(tracker)  # the cold index's parses and the drafts just parsed

    def _tidy(self, tracker: StoryTracker) -> None:
        """In a worker, once an update is on screen: pack the paragraph cache's older Docs, so a session of hours
        keeps its memory flat (DocCache.compact), then collect the young generation (extract.bulk.collect_young),
        so the next save does not meet that collection on its way to the screen, and give the C heaps' free pages
        back (tui/memory.py), so the next parse's transient starts from what is alive, not from the last one's peak."""
        engine = tracker.engine
        if engine is not None and not self._going_away.is_set():
            engine.cache.compact()
            collect_young()
            release_free_memory()  # what the update freed, pages the parse's transient left below live objects

    def _save_when_shown(self, tracker: StoryTracker, story: Story) -> None:
        """In the worker: save the story for the next launch when due, once ``story`` is on screen (saving holds the
        interpreter for a while, 0.3 s at 1,000 files, and would hold up the paint)."""
        if tracker.snapshot_due():
            self._wait_painted(story)
            if not self._going_away.is_set():  # quitting saves it anyway (on_unmount)
                tracker.save_snapshot()

    def _prepare_rows(self, story: Story, first_seen: dict[str, str], new: frozenset[str] = frozenset()) -> None:
        """In the worker: filter the story and make the panel rows, so the event loop only applies them. ``new``: the
        keys the update adds to the unseen ones (on_story_updated), whose rows are shown past a panel's cut too."""
        inputs = self.dashboard.row_inputs
        if inputs is not None:
            unseen = frozenset(self.unseen) | new  # (one C-level copy: the event loop's changes of the set wait for it)
            self._prepared[id(story)] = prepare_rows(story, first_seen, inputs, unseen=unseen)

    def _post_update(self, update: Update, final: bool) -> None:
        new = (
            frozenset(change_seen_key(c) for c in update.changes if c.op in ("added", "changed"))
            if self.story is not None
            else frozenset()
        )
        self._prepare_rows(update.story, update.first_seen, new)
        self.post_message(
            StoryUpdated(
                update.story,
                changed=update.changed,
                summary=update.summary,
                changes=update.changes,
                first_seen=update.first_seen,
                notices=update.notices,
                final=final,
                facts=update.facts,
            )
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group != "extract":
            if event.state == WorkerState.ERROR:
                error = event.worker.error
                self.notify(
                    f"{event.worker.group} failed: {type(error).__name__}: {error}", severity="error", markup=False
                )
            return
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self._busy = False
            self._hide_progress()
            from extract.pipeline import ModelError

            if isinstance(error, ModelError):
                self.status = str(error)
                self.notify(str(error), severity="error", timeout=30, markup=False)
            else:
                self.status = "extraction failed"
                self.notify(
                    f"extraction failed: {type(error).__name__}: {error}", severity="error", timeout=15, markup=False
                )
            log.error("worker %s failed", event.worker.name, exc_info=error)
            self._maybe_flush()
            self._release_pool_later()
        elif event.state in (WorkerState.SUCCESS, WorkerState.CANCELLED):
            self._busy = False
            if self.status.startswith("reading ") and not self._folder_gone:
                self.status = ""  # (an update that posted no story: its files were all unchanged)
            self._maybe_flush()
            self._release_pool_later()

    def _release_pool_later(self) -> None:
        """Stop the worker processes once no batch has used them for POOL_IDLE_S (after a failed batch too).

        Only a batch that ran on them restarts the clock: an edit is read in this process, and saves less than
        POOL_IDLE_S apart would otherwise keep the idle workers (a loaded model each) for as long as one writes."""
        engine = self.engine
        if engine is not None and engine.has_pool:
            used = engine.pool_batches
            if used == self._pool_batches_seen and self._pool_timer is not None:
                return
            self._pool_batches_seen = used
            if self._pool_timer is not None:
                self._pool_timer.stop()
            self._pool_timer = self.set_timer(POOL_IDLE_S, self._release_pool)

    def _release_pool(self) -> None:
        self._pool_timer = None
        if self.engine is not None and not self._busy:
            self.engine.release_pool()

    # Messages ---------------------------------------------------------------------------------------
    def on_story_updated(self, message: StoryUpdated) -> None:
        know_paths(d.path for d in message.story.documents)  # before any line below names a file (the rows did)
        self._next_rows = self._prepared.pop(id(message.story), None)
        self.first_seen = message.first_seen
        self.facts = message.facts
        detail = sys.modules.get("tui.screens.detail")  # (imported once a detail view was opened)
        if message.changed and detail is not None:
            for screen in self.screen_stack:
                if isinstance(screen, detail.DetailScreen):
                    screen.follow(message.story, message.facts, tuple(message.changed))
        for notice in message.notices:
            self.notify(notice, severity="warning", timeout=10, markup=False)
        added = {change_seen_key(c) for c in message.changes if c.op in ("added", "changed")}
        if self.story is not None:
            self.unseen |= added
        self.updated = self.clock().strftime("%H:%M:%S")
        self.story = message.story
        self.call_after_refresh(self._note_painted, message.story)  # workers wait for it before saving
        if message.final:
            self._hide_progress()
        if message.final and not self._folder_gone:
            self.status = ""  # (a missing folder's status stays until it is back: review s16 MED-r2-1)
        if message.changed:
            self._notify_file_warnings(message.story, message.changed)
        if message.summary:
            self._pending_log.append((message.changed, message.summary, self.updated))
            self._flush_log()
            n = len(message.changed)
            where = file_name(message.changed[0]) if n == 1 else counted(n, "file")
            named = not n or names_itself(tuple(message.changed), message.summary)  # "2 files: renamed a to b"
            self._notify_update(message.summary if named else f"{where}: {message.summary}")

    def _notify_update(self, text: str) -> None:
        """The notice of an update's summary, in place of the last one if it still shows: a burst of saves (an
        editor's autosave, a scraper) stacked a notice per save over half the dashboard at 80x24 (probe s28 UX-8),
        each saying again what the Changes log keeps."""
        old = self._update_notice
        if old is not None and old in self._notifications:
            self._unnotify(old, refresh=False)  # the new notice's arrival redraws the toasts
        self._update_seq += 1
        notice = Notification(
            safe_text(text), "", "information", 4, markup=False, identity=f"{_UPDATE}{self._update_seq}"
        )
        self._update_notice = notice
        self.post_message(Notify(notice))

    def _on_notify(self, event: Notify) -> None:
        # An update's notice that a later one replaced before it showed (two updates in one turn of the loop) never
        # shows. (Textual runs App._on_notify after this one unless the default is prevented.)
        notice = event.notification
        if notice.identity.startswith(_UPDATE) and notice is not self._update_notice:
            event.prevent_default()

    def _notify_file_warnings(self, story: Story, changed: Iterable[str]) -> None:
        """Say once what reading a changed file left uncertain ("only the first 200 KB of 5.0 MB were read"): such
        warnings reached only the JSON (probe s27 r3). Once per file and kind of warning (numbers aside), one notice
        for a batch (the first warning, and how many more files; the Files screen, `f`, lists them)."""
        from tui.screens.files import file_warnings, warning_kind

        new = [
            (path, text)
            for path, texts in file_warnings(story, changed).items()
            for text in texts
            if (path, warning_kind(text)) not in self._warned
        ]
        if not new:
            return
        self._warned.update((path, warning_kind(text)) for path, text in new)
        files = len({path for path, _ in new})
        more = f" (+{counted(files - 1, 'more file')} with warnings: f)" if files > 1 else ""
        self.notify(f"{file_name(new[0][0])}: {new[0][1]}{more}", severity="warning", timeout=8, markup=False)

    def _hide_progress(self) -> None:
        """Take the progress bar away, unless the screen's widgets are not there yet or already gone (an update or a
        worker's end can arrive while the app closes: a NoMatches then failed the test that saw it)."""
        if self.dashboard.ready:
            with suppress(NoMatches):
                self.dashboard.show_progress(0, 0)

    def on_model_ready(self, message: ModelReady) -> None:
        self.status = message.name if message.name.startswith("loading") else f"indexing with {message.name}"

    def on_index_progress(self, message: IndexProgress) -> None:
        if self.dashboard.ready:
            with suppress(NoMatches):  # the app is closing: the screen's widgets are gone
                self.dashboard.show_progress(message.done, message.total)

    def on_file_changed(self, message: FileChanged) -> None:
        self._dirty.add(message.path)
        if self.paused:
            self._redraw_header()
            return
        # Debounce: a burst of events becomes one update shortly after the last one, but never waits longer
        # than MAX_WAIT_S, so a file rewritten many times a second still updates the screen.
        now = time.monotonic()
        if self._pending_since is None:
            self._pending_since = now
        if self._flush_timer is not None:
            self._flush_timer.stop()
        delay = min(DEBOUNCE_S, max(0.01, self._pending_since + MAX_WAIT_S - now))  # Textual timers need > 0
        self._flush_timer = self.set_timer(delay, self._maybe_flush)
        self._start_read_ahead(message.path)

    def _start_read_ahead(self, path: str) -> None:
        """Start extracting a saved file now rather than after the debounce (which waits for a burst of events to
        end): the update then takes the facts ready, so the panels show a save up to a debounce sooner."""
        if not self._ready_ahead or self.tracker is None:
            return  # still starting: the start-up update reads every changed file
        if len(self._dirty) > AHEAD_FILES:
            return  # a big burst (a checkout, a copied folder): the update spreads it over the worker processes
        with self._ahead_lock:
            if self._ahead_passes >= AHEAD_PASSES:
                return  # a file written over and over: the update takes it
            self._ahead.add(path)
            if self._reading_ahead:
                return  # the running worker takes it next
            self._reading_ahead = True
        self.read_ahead(self.tracker)

    @work(thread=True, group="ahead", exit_on_error=False, description="read saved files ahead")
    def read_ahead(self, tracker: StoryTracker) -> None:
        try:
            while True:
                with self._ahead_lock:  # the flag drops with the last look at the queue: no path is left behind
                    paths, self._ahead = self._ahead, set()
                    done = self._going_away.is_set() or self._ahead_passes >= AHEAD_PASSES
                    if not paths or len(paths) > AHEAD_FILES or done:
                        self._reading_ahead = False
                        return
                    self._ahead_passes += 1
                tracker.read_ahead(sorted(paths))
        except Exception:  # noqa: BLE001 - an optimisation only: the update reads the files anyway
            log.warning("reading saved files ahead failed", exc_info=True)
            with self._ahead_lock:
                self._ahead.clear()
                self._reading_ahead = False

    def _check_root(self) -> None:
        """Every ROOT_CHECK_S: the story folder renamed away (or replaced) is gone as a deleted one is (watchdog
        reports no event for a rename of the folder it watches, and would go on watching the moved folder). The
        look at the path runs in a thread: a stat on a network mount whose server stopped answering would block
        (review s16 MED-r2-2); one look at a time."""
        watcher = self._watcher
        if watcher is not None and not self._folder_gone and not self._root_looking.is_set():
            self._root_looking.set()
            self._look_at_root(watcher)

    @work(thread=True, group="root", exit_on_error=False, description="look at the story folder")
    def _look_at_root(self, watcher: FolderWatcher) -> None:
        try:
            if watcher.moved():
                self.post_message(FolderProblem(f"{self.seeds_dir} was moved away; waiting for it to come back", False))
        finally:
            self._root_looking.clear()

    def on_folder_problem(self, message: FolderProblem) -> None:
        if not message.present and self._folder_gone:
            return  # already waiting for it (the watcher and the look at the path may both have seen it go)
        self.status = message.text
        self.notify(message.text, severity="warning" if message.present else "error", timeout=8, markup=False)
        if not message.present:
            self._folder_gone = True
            self._dirty.add(str(self.seeds_dir))
            self._maybe_flush()
            # The observer dies with the folder: look for its return every few seconds (not a busy loop).
            self.set_timer(2.0, self._check_folder)

    def _check_folder(self) -> None:
        if self.seeds_dir.is_dir():
            try:
                if self._watcher is None:
                    self._start_watching()
                else:
                    self._watcher.start()
            except OSError:
                self.set_timer(2.0, self._check_folder)
                return
            self._folder_gone = False
            self.status = ""
            self.notify(f"{self.seeds_dir} is back", timeout=4, markup=False)
            self._dirty.add(str(self.seeds_dir))
            self._maybe_flush()
        else:
            self.set_timer(2.0, self._check_folder)

    def _maybe_flush(self) -> None:
        if self._busy or self.paused or not self._dirty or self.tracker is None:
            return
        paths = sorted(self._dirty)
        self._dirty.clear()
        with self._ahead_lock:
            self._ahead_passes = 0
        self._pending_since = None
        self._busy = True
        self.refresh_files(paths)
        self.set_timer(READING_SAID_S, self._say_reading)

    def _say_reading(self) -> None:
        """An update still reading after READING_SAID_S says so in the header: a 3 MB file's 54 s, or r on 15 files
        (40 s), left the screen unchanged, the panels stale, and the reporter pressed r again (probe s30 U7, U15)."""
        reading = self._reading
        if self._busy and reading and not self.status:
            what = file_name(reading[0]) if len(reading) == 1 else counted(len(reading), "file")
            self.status = f"reading {what}\u2026"

    # Reactives --------------------------------------------------------------------------------------
    def watch_story(self, story: Story | None) -> None:
        if story is not None:
            self.redraw()

    def redraw(self) -> None:
        """Redraw the panels and the header from the current state."""
        rows, self._next_rows = self._next_rows, None
        self.dashboard.render_story(rows)
        self._redraw_header()
        self._flush_log()

    def _flush_log(self) -> None:
        # A fast first update can arrive before the dashboard exists; its log line waits until then.
        # The app may be closing with the panels already gone: the lines then stay pending.
        if self.dashboard.ready:
            try:
                changes = self.dashboard.query_one(ChangesLog)
            except NoMatches:
                return
            for changed, summary, when in self._pending_log:
                changes.log_change(changed, summary, when)
            self._pending_log.clear()

    def watch_paused(self, paused: bool) -> None:
        self._redraw_header()
        self.refresh_bindings()
        if not paused:
            self._maybe_flush()

    def watch_status(self, status: str) -> None:
        self._redraw_header()

    def _redraw_header(self) -> None:
        """Show the story's line in the header, unless the screen's widgets are already gone (a status change or a
        pause can arrive while the app closes, as for ``_hide_progress``)."""
        if not self.dashboard.ready:
            return
        try:
            header = self.dashboard.query_one(StoryHeader)
        except NoMatches:
            return
        header.show(
            str(self.seeds_dir),
            self.story,
            self.updated,
            self.status,
            self.paused,
            len(self._dirty),
            self.theme_styles(),
            unsaved=self.tracker is not None and self.tracker.store is not None and not self.tracker.store.persistent,
        )

    # Actions --------------------------------------------------------------------------------------
    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        """Of the two bindings of p, only the one that applies is shown and runs."""
        if action == "pause":
            return not self.paused
        if action == "resume":
            return self.paused
        return True

    def action_pause(self) -> None:
        self.action_toggle_pause()

    def action_resume(self) -> None:
        self.action_toggle_pause()

    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        self.notify("paused: changes queue up" if self.paused else "resumed", timeout=2)

    def action_reindex(self) -> None:
        self._dirty.add(str(self.seeds_dir))
        self._maybe_flush()

    def action_help(self) -> None:
        from tui.screens.help import HelpScreen  # imported on first use: launch paints sooner

        if not isinstance(self.screen, HelpScreen):
            self.push_screen(HelpScreen())

    def get_system_commands(self, screen: Screen) -> Iterable[SystemCommand]:
        """The palette lists Textual's commands plus every key binding of the app and the current screen."""
        yield from super().get_system_commands(screen)
        seen: set[str] = {"quit", "change_theme"}
        for namespace, bindings in ((screen, screen.BINDINGS), (self, self.BINDINGS)):
            for b in bindings:
                if not isinstance(b, Binding) or b.action in seen:
                    continue
                seen.add(b.action)
                key = b.key_display or b.key.replace("question_mark", "?").replace("slash", "/")
                yield SystemCommand(b.description, f"key: {key}", partial(self.run_action, b.action, namespace))

    # Copy and editor ------------------------------------------------------------------------------------
    def copy_record(self, record: object, want: str) -> None:
        """Copy a quote/claim (``c``) or figure (``y``) as a ready-to-paste line with attribution."""
        if isinstance(record, Figure):
            text, what = cite_figure(record), "figure"
        elif isinstance(record, Quote):
            text, what = cite_quote(record), "quote"
        elif isinstance(record, Claim):
            text, what = cite_claim(record), "claim"
        else:
            hint = "a figure (Figures panel)" if want == "figure" else "a quote or claim (Recent claims panel)"
            self.notify(f"select {hint} to copy it", severity="warning", timeout=3)
            return
        self.copy_text(text)
        shown = text if len(text) <= 160 else text[:159] + "\u2026"
        self.notify(shown, title=f"copied {what}", timeout=5, markup=False)

    def copy_text(self, text: str) -> None:
        """OSC 52 to the terminal, routed through tmux or screen when the app runs inside one."""
        text = clip_text(text)
        # Textual writes a plain OSC 52 and remembers the text (App.clipboard); enough outside multiplexers.
        self.copy_to_clipboard(text)
        mux = multiplexer()
        if mux == "tmux":
            self._tmux_copy(text)
        elif mux == "screen" and self._driver is not None:
            self._driver.write(screen_passthrough(osc52(text)))

    @work(thread=True, group="clipboard", exit_on_error=False)
    def _tmux_copy(self, text: str) -> None:
        problem = tmux_load_buffer(text)
        if problem:
            self.post_message(ClipboardProblem(problem))

    def on_clipboard_problem(self, message: ClipboardProblem) -> None:
        self.notify(f"tmux did not take the copy: {message.text}", severity="warning", markup=False)

    def open_in_editor(self, document: str, line: int) -> None:
        """Suspend the app, run $EDITOR on the file at ``line``, and come back (the watcher sees any save)."""
        root = self.tracker.root if self.tracker is not None else Path(os.path.abspath(self.seeds_dir))
        from tui.widgets.editor import editor_command  # imported on first use: launch paints sooner

        if not (root / document).is_file():
            # A detail view stays open after its file is deleted: the editor would make a new, empty article there
            # (probe s27 r9).
            self.notify(f"{file_name(document)} is no longer in the folder", severity="warning", markup=False)
            return
        cmd = editor_command(root / document, line)
        if shutil.which(cmd[0]) is None:
            # Checked before the terminal is handed over (an editor named on another machine: 'code --wait' over SSH).
            self.notify(f"cannot run {cmd[0]}: no such program (set $EDITOR)", severity="error", markup=False)
            return

        def run() -> int | OSError | KeyboardInterrupt:
            try:
                return subprocess.call(cmd)  # (on ctrl+c it kills the editor and waits for it)
            except (OSError, KeyboardInterrupt) as exc:
                return exc

        try:
            # The error stays inside the block: Textual's suspend() resumes only when its block ends normally, and
            # a FileNotFoundError through it left the app suspended for good, keys echoed raw (probe s30 U17).
            with self.suspend():
                code = run()
        except SuspendNotSupported:
            # Headless runs (tests) cannot hand over the terminal; the editor still runs.
            code = run()
        if isinstance(code, KeyboardInterrupt):
            self.notify(f"{cmd[0]} interrupted", severity="warning", markup=False)
        elif isinstance(code, OSError):
            self.notify(f"cannot run {cmd[0]}: {code.strerror or code} (set $EDITOR)", severity="error", markup=False)
        elif code:
            self.notify(f"{cmd[0]} exited with status {code}", severity="warning", markup=False)

    def on_unmount(self) -> None:
        try:
            self._going_away.set()
            if self._watcher is not None:
                self._watcher.stop()
            if self.tracker is not None:
                self.tracker.flush_seen()  # the store is thread-safe: a worker mid-update waits for this write
            if self.tracker is not None and not self._busy:
                # The next launch paints this story at once (a worker mid-update would leave a story that no longer
                # matches the stored facts: then the next launch builds it from the facts instead).
                self.tracker.save_snapshot()
                if self.tracker.store is not None:
                    # Closed, SQLite folds its write-ahead log into the store and removes it and its shared-memory
                    # file (they stayed after a clean quit, 6.6-7.1 MB; probe s27 r14). A worker mid-update keeps it.
                    self.tracker.store.close()
            if self.engine is not None:
                self.engine.close()
        finally:
            # The process may go on (an embedding program, a test run): its collector is put back whatever failed.
            for sig in self._signals:
                asyncio.get_running_loop().remove_signal_handler(sig)
            self._signals = ()
            if self._gc_before is not None:
                set_thresholds(*self._gc_before)
                self._gc_before = None


def make_app(
    seeds_dir: str | os.PathLike[str],
    model: str | None = None,
    state_dir: str | os.PathLike[str] | None = None,
    poll: bool = False,
    engine: Engine | None = None,
    use_store: bool = True,
    config: str | os.PathLike[str] | None = None,
    clock: Callable[[], datetime] | None = None,
    quit_on_signals: bool = False,
) -> StoryWatchApp:
    """The app factory used by the CLI and the tests (``config``: settings folder; ``clock``: for snapshots;
    ``quit_on_signals``: see StoryWatchApp)."""
    return StoryWatchApp(
        Path(seeds_dir),
        model=model,
        state_dir=state_dir,
        poll=poll,
        engine=engine,
        use_store=use_store,
        config=config,
        clock=clock,
        quit_on_signals=quit_on_signals,
    )
