"""The storywatch Textual app: panels, the watcher, and the workers that run the engine."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

from textual import work
from textual.app import App, ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.reactive import reactive
from textual.widgets import Footer, ProgressBar
from textual.worker import Worker, WorkerState

from extract.engine import Engine
from extract.pipeline import ModelError, choose_model
from extract.records import Story
from extract.store import Store
from tui.messages import FileChanged, FolderProblem, IndexProgress, ModelReady, StoryUpdated
from tui.tracker import StoryTracker, Update
from tui.watcher import FolderWatcher
from tui.widgets.actors import ActorsPanel
from tui.widgets.changes import ChangesLog
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel
from tui.widgets.header import StoryHeader

DEBOUNCE_S = 0.2
"""Events for the same files within this window become one update."""
NARROW_WIDTH = 110
"""Below this width the panels stack instead of sitting side by side."""


class StoryWatchApp(App[int]):
    """Watches a folder of articles and shows the story's actors, figures and claims live."""

    CSS_PATH = "app.tcss"
    TITLE = "storywatch"
    BINDINGS = [
        Binding("q", "quit", "Quit"),
        Binding("p", "toggle_pause", "Pause"),
        Binding("1", "focus_panel('actors')", "Actors", show=False),
        Binding("2", "focus_panel('figures')", "Figures", show=False),
        Binding("3", "focus_panel('claims')", "Claims", show=False),
        Binding("4", "focus_panel('changes')", "Changes", show=False),
        Binding("r", "reindex", "Re-index"),
    ]

    story: reactive[Story | None] = reactive(None, always_update=True)
    paused: reactive[bool] = reactive(False)
    status: reactive[str] = reactive("starting")

    def __init__(
        self,
        seeds_dir: Path,
        model: str | None = None,
        state_dir: str | os.PathLike[str] | None = None,
        poll: bool = False,
        engine: Engine | None = None,
        use_store: bool = True,
    ) -> None:
        super().__init__()
        self.seeds_dir = Path(seeds_dir)
        self.model = model
        self.state_dir = Path(state_dir) if state_dir else None
        self.poll = poll
        self.engine = engine or Engine(model)
        self.use_store = use_store
        self.tracker: StoryTracker | None = None
        self.first_seen: dict[str, str] = {}
        self.unseen: set[str] = set()
        self.updated = ""
        self._dirty: set[str] = set()
        self._busy = False
        self._flush_timer = None
        self._watcher = FolderWatcher(self.seeds_dir, self.post_message, poll=poll)

    # Layout ---------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield StoryHeader(id="header")
        yield ProgressBar(id="progress", show_eta=False)
        with Vertical(id="panels"):
            with Horizontal(id="top"):
                yield ActorsPanel(id="actors")
                yield FiguresPanel(id="figures")
            yield ClaimsPanel(id="claims")
            yield ChangesLog(id="changes")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one("#progress").display = False
        self._apply_width(self.size.width)
        self._redraw_header()
        try:
            self._watcher.start()
        except OSError as exc:
            self.notify(f"cannot watch {self.seeds_dir}: {exc}", severity="error", timeout=10)
        self._busy = True
        self.start_story()

    def on_resize(self, event) -> None:
        self._apply_width(event.size.width)

    def _apply_width(self, width: int) -> None:
        self.screen.set_class(width < NARROW_WIDTH, "-narrow")

    # Workers ----------------------------------------------------------------------------------------
    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def start_story(self) -> None:
        """Warm start from the store, load the model, then extract what changed since last time."""
        store = Store.open(self.seeds_dir, self.state_dir) if self.use_store else None
        tracker = StoryTracker(self.seeds_dir, self.engine, store)
        warm = tracker.warm_start()
        if warm is not None:
            self.post_message(StoryUpdated(warm.story, first_seen=warm.first_seen, notices=warm.notices, final=False))
        self.tracker = tracker
        name = choose_model(self.model)
        self.post_message(ModelReady(f"loading {name}\u2026"))
        _ = self.engine.nlp
        self.post_message(ModelReady(name))
        todo = tracker.stale_files()
        update = tracker.update(todo, progress=lambda d, t: self.post_message(IndexProgress(d, t)))
        self._post_update(update, final=True)

    @work(thread=True, exclusive=True, group="extract", exit_on_error=False)
    def refresh_files(self, paths: list[str]) -> None:
        """Re-extract the files behind a batch of file-system events."""
        tracker = self.tracker
        assert tracker is not None
        names = tracker.expand(paths)
        update = tracker.update(names, progress=lambda d, t: self.post_message(IndexProgress(d, t)))
        self._post_update(update, final=True)

    def _post_update(self, update: Update, final: bool) -> None:
        self.post_message(
            StoryUpdated(
                update.story,
                changed=update.changed,
                summary=update.summary,
                changes=update.changes,
                first_seen=update.first_seen,
                notices=update.notices,
                final=final,
            )
        )

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.state == WorkerState.ERROR:
            error = event.worker.error
            self._busy = False
            self.query_one("#progress").display = False
            if isinstance(error, ModelError):
                self.status = str(error)
                self.notify(str(error), severity="error", timeout=30)
            else:
                self.status = "extraction failed"
                self.notify(f"extraction failed: {type(error).__name__}: {error}", severity="error", timeout=15)
            self.log.error(error)
            self._maybe_flush()
        elif event.state in (WorkerState.SUCCESS, WorkerState.CANCELLED):
            self._busy = False
            self._maybe_flush()

    # Messages ---------------------------------------------------------------------------------------
    def on_story_updated(self, message: StoryUpdated) -> None:
        self.first_seen = message.first_seen
        for notice in message.notices:
            self.notify(notice, severity="warning", timeout=10)
        added = {c.key for c in message.changes if c.op in ("added", "changed")}
        if self.story is not None:
            self.unseen |= added
        self.story = message.story
        self.updated = datetime.now().strftime("%H:%M:%S")
        if message.final:
            self.query_one("#progress").display = False
            self.status = ""
        if message.summary:
            self.query_one(ChangesLog).log_change(message.changed, message.summary)
            self.notify(message.summary, timeout=4)

    def on_model_ready(self, message: ModelReady) -> None:
        self.status = message.name if message.name.startswith("loading") else f"indexing with {message.name}"

    def on_index_progress(self, message: IndexProgress) -> None:
        bar = self.query_one("#progress", ProgressBar)
        bar.display = message.total > 1 and message.done < message.total
        bar.update(total=message.total, progress=message.done)

    def on_file_changed(self, message: FileChanged) -> None:
        self._dirty.add(message.path)
        if self.paused:
            self._redraw_header()
            return
        # Debounce: a burst of events becomes one update shortly after the last one.
        if self._flush_timer is not None:
            self._flush_timer.stop()
        self._flush_timer = self.set_timer(DEBOUNCE_S, self._maybe_flush)

    def on_folder_problem(self, message: FolderProblem) -> None:
        self.status = message.text
        self.notify(message.text, severity="warning" if message.present else "error", timeout=8)
        if not message.present:
            self._dirty.add(str(self.seeds_dir))
            self._maybe_flush()
            # The observer dies with the folder: look for its return every few seconds (not a busy loop).
            self.set_timer(2.0, self._check_folder)

    def _check_folder(self) -> None:
        if self.seeds_dir.is_dir():
            try:
                self._watcher.start()
            except OSError:
                self.set_timer(2.0, self._check_folder)
                return
            self.status = ""
            self.notify(f"{self.seeds_dir} is back", timeout=4)
            self._dirty.add(str(self.seeds_dir))
            self._maybe_flush()
        else:
            self.set_timer(2.0, self._check_folder)

    def _maybe_flush(self) -> None:
        if self._busy or self.paused or not self._dirty or self.tracker is None:
            return
        paths = sorted(self._dirty)
        self._dirty.clear()
        self._busy = True
        self.refresh_files(paths)

    # Reactives --------------------------------------------------------------------------------------
    def watch_story(self, story: Story | None) -> None:
        if story is None:
            return
        self.query_one(ActorsPanel).show_story(story, self.unseen)
        self.query_one(FiguresPanel).show_story(story, self.unseen)
        self.query_one(ClaimsPanel).show_story(story, self.unseen, self.first_seen)
        self._redraw_header()

    def watch_paused(self, paused: bool) -> None:
        self._redraw_header()
        if not paused:
            self._maybe_flush()

    def watch_status(self, status: str) -> None:
        self._redraw_header()

    def _redraw_header(self) -> None:
        if not self.is_mounted:
            return
        self.query_one(StoryHeader).show(
            str(self.seeds_dir), self.story, self.updated, self.status, self.paused, len(self._dirty)
        )

    # Actions --------------------------------------------------------------------------------------
    def action_toggle_pause(self) -> None:
        self.paused = not self.paused
        self.notify("paused: changes queue up" if self.paused else "resumed", timeout=2)

    def action_focus_panel(self, panel: str) -> None:
        self.query_one(f"#{panel}").focus()

    def action_reindex(self) -> None:
        self._dirty.add(str(self.seeds_dir))
        self._maybe_flush()

    def on_unmount(self) -> None:
        self._watcher.stop()


def make_app(
    seeds_dir: str | os.PathLike[str],
    model: str | None = None,
    state_dir: str | os.PathLike[str] | None = None,
    poll: bool = False,
    engine: Engine | None = None,
    use_store: bool = True,
) -> StoryWatchApp:
    """The app factory used by the CLI and the tests."""
    return StoryWatchApp(Path(seeds_dir), model=model, state_dir=state_dir, poll=poll, engine=engine,
                         use_store=use_store)
