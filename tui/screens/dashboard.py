"""The main screen: header, the three fact panels, the changes log, filters; tabs when the terminal is narrow."""

from __future__ import annotations

import os
from contextlib import suppress
from dataclasses import replace
from pathlib import Path
from typing import TYPE_CHECKING

from textual import work
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.css.query import NoMatches
from textual.events import DescendantBlur, DescendantFocus, Resize
from textual.message import Message
from textual.reactive import reactive
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Input, ProgressBar, Tab, Tabs
from textual.worker import Worker, WorkerState, get_current_worker

from extract.records import Actor, Figure, Story
from tui.widgets.actors import ActorsPanel
from tui.widgets.changes import ChangesLog
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel, figure_seen_key
from tui.widgets.filterbar import PANEL_NAMES, FilterInput, FilterStatus
from tui.widgets.header import StoryHeader
from tui.widgets.panels import MAX_ROWS, PreparedRows, RowInputs, prepare_rows
from tui.widgets.sorting import sorted_view, sorts_upstream
from tui.widgets.table import FactTable
from tui.widgets.view import ViewFilter, view_story

if TYPE_CHECKING:
    from tui.screens.export import ExportChoice

NARROW_WIDTH = 110
"""Below this width the panels become tabs instead of sitting side by side."""
PANEL_IDS = ("actors", "figures", "claims", "changes")
__all__ = ["MAX_ROWS", "DashboardScreen"]


_PANELS = {"actors": ActorsPanel, "figures": FiguresPanel, "claims": ClaimsPanel}
"""The fact panels by the name tui.widgets.sorting knows them by."""


class Exported(Message):
    """The export worker finished."""

    def __init__(self, path: str, error: str | None = None) -> None:
        super().__init__()
        self.path = path
        self.error = error


SYNC_FACTS = 10_000
"""Rows of stories with more facts than this are made in a worker when the filters, sort or width change (typing a
filter in a 1,000-file story would otherwise stall the screen on every key); smaller stories redraw at once."""


class RowsReady(Message):
    """A worker made the panel rows for the current filters."""

    def __init__(self, rows: PreparedRows) -> None:
        super().__init__()
        self.rows = rows


def fact_count(story: Story) -> int:
    return len(story.actors) + len(story.figures) + len(story.claims) + len(story.quotes)


class DashboardScreen(Screen):
    """Shows ``app.story`` through the user's filters; every action works from the keyboard."""

    BINDINGS = [
        Binding("slash", "filter", "Filter"),
        Binding("a", "filter_actor", "By actor"),
        Binding("x", "clear_filters", "Clear filters", show=False),
        Binding("escape", "clear_filters", "Clear filters", show=False),
        Binding("enter", "open_detail", "Detail", show=False),
        Binding("c", "copy_quote", "Copy"),
        Binding("y", "copy_figure", "Copy figure", show=False),
        Binding("e", "export", "Export"),
        Binding("s", "sort", "Sort", show=False),
        Binding("S", "reverse_sort", "Reverse sort", show=False),
        Binding("o", "open_editor", "Open in $EDITOR", show=False),
        Binding("f", "files", "Files", show=False),
        Binding("1", "focus_panel('actors')", "Actors", show=False),
        Binding("2", "focus_panel('figures')", "Figures", show=False),
        Binding("3", "focus_panel('claims')", "Claims", show=False),
        Binding("4", "focus_panel('changes')", "Changes", show=False),
    ]

    view: reactive[ViewFilter] = reactive(ViewFilter, always_update=True, repaint=False)  # watch_view redraws
    active: reactive[str] = reactive("actors")
    narrow: reactive[bool] = reactive(False)

    def __init__(self) -> None:
        super().__init__(id="dashboard")
        self.export_folder: str | None = None
        """The folder the last export went to (None: tui.export_names.default_export_folder)."""
        self.export_format = "markdown"
        self.ready = False
        """True once the widgets exist; a fast first update can arrive before that."""
        self.row_inputs: RowInputs | None = None
        """What the panel rows depend on besides the story, as of the last redraw; workers read it (a snapshot
        replaced whole, never changed in place) to make the rows of the next update ahead of time."""
        self.rows: PreparedRows | None = None
        """The rows the panels show now (reused when only the NEW marks change)."""
        self.sized = False
        """True once a panel has been laid out (its first Resized): before that the panels have no width, and rows
        made for them would be made again at once (a launch made the stored story's rows twice, 65-80 ms each)."""
        self._progress: ProgressBar | None = None
        """The index's progress bar under the header, mounted only while a batch of files is read (show_progress)."""

    # Layout -----------------------------------------------------------------------------------------
    def compose(self) -> ComposeResult:
        yield StoryHeader(id="header")
        yield Tabs(
            *(Tab(f"{i} {PANEL_NAMES.get(p, 'Changes')}", id=f"tab-{p}") for i, p in enumerate(PANEL_IDS, 1)), id="tabs"
        )
        with Vertical(id="panels"):
            with Horizontal(id="top"):
                yield ActorsPanel(id="actors", classes="panel")
                yield FiguresPanel(id="figures", classes="panel")
            yield ClaimsPanel(id="claims", classes="panel")
            yield ChangesLog(id="changes", classes="panel")
        yield FilterStatus(id="filter-status")
        yield FilterInput(id="filter-input")
        yield Footer()

    def on_mount(self) -> None:
        self.query_one(FilterInput).display = False
        self.query_one(FilterStatus).display = False
        self.narrow = self.app.size.width < NARROW_WIDTH
        self.watch_active(self.active)
        self.query_one(ActorsPanel).focus()
        self.ready = True
        self.app.redraw()

    def show_progress(self, done: int, total: int) -> None:
        """Show how far the reading of a batch of files is, under the header; the bar goes away once it is done, or
        when ``total`` is a single file. It is there only while it shows something: Textual's ProgressBar runs a
        one-second timer as long as it is mounted, and, until it is given a total, a 15-a-second animation, shown or
        not (an idle app after a warm start, which reads no file, woke 16 times a second: 0.8 % CPU)."""
        if total > 1 and done < total:
            if self._progress is None:
                header = self.query_one(StoryHeader)
                # A class, not an id: a bar removed a moment ago is still mounted until its removal is processed,
                # and a new one with the same id raised DuplicateIds (review s26 rev3f LOW 8).
                self._progress = ProgressBar(total=total, classes="progress", show_eta=False)
                self.mount(self._progress, after=header)
            self._progress.update(total=total, progress=done)
        elif self._progress is not None:
            self._progress.remove()
            self._progress = None

    def on_resize(self, event: Resize) -> None:
        self.narrow = event.size.width < NARROW_WIDTH

    def watch_narrow(self, narrow: bool) -> None:
        self.set_class(narrow, "-narrow")

    def watch_active(self, active: str) -> None:
        for pid in PANEL_IDS:
            self.query_one(f"#{pid}").set_class(pid == active, "-active")
        self.query_one("#top").set_class(active not in ("actors", "figures"), "-away")
        tabs = self.query_one(Tabs)
        if tabs.active != f"tab-{active}":
            tabs.active = f"tab-{active}"

    def on_tabs_tab_activated(self, event: Tabs.TabActivated) -> None:
        # Only the tab active now: watch_active sets the tabs for each panel key, and with keys pressed together
        # ("1 3") the event of an earlier tab arrived after the next key, set the panel back, and the two stale
        # events chased each other for good (probe s28 UX-2: a quarter of a core, nothing on screen).
        if event.tab is not None and event.tab.id and event.tab.id == event.tabs.active:
            self.active = event.tab.id.removeprefix("tab-")

    def on_descendant_focus(self, event: DescendantFocus) -> None:
        # Only the panel focused now (a panel key's focus event can arrive after the next key moved it on).
        if event.widget.id in PANEL_IDS and event.widget is self.focused:
            self.active = event.widget.id

    def on_descendant_blur(self, event: DescendantBlur) -> None:
        # Leaving a panel means its NEW rows have been seen.
        widget = event.widget
        if isinstance(widget, FactTable) and self.mark_seen(widget):
            self.render_story()

    # Rendering --------------------------------------------------------------------------------------
    def panel(self, pid: str) -> FactTable:
        return self.query_one(f"#{pid}", FactTable)

    def focused_panel(self) -> FactTable | None:
        focused = self.focused
        return focused if isinstance(focused, FactTable) else None

    def current_view(self) -> Story | None:
        """The story with the filters applied (what the panels show and what export writes)."""
        story = self.app.story
        return None if story is None else view_story(story, self.view)

    def current_inputs(self, styles: dict[str, str]) -> RowInputs:
        claims, figures, actors = (self.query_one(p).size.width for p in (ClaimsPanel, FiguresPanel, ActorsPanel))
        if self.narrow:
            # Tabs: a panel not shown is 0 wide, and its rows made for that were made again when its tab was chosen
            # (in a worker for a large story, behind the extraction: the tab showed the rows of an older story in
            # columns for another width for 0.5-2 s; review s16 MED-1). Shown, each panel takes the whole width,
            # as wide as the one shown now: its rows are made for that width ahead.
            shown = max(claims, figures, actors, self.query_one(ChangesLog).size.width)  # (tab 4: MED-r2-3)
            claims, figures, actors = (w or shown for w in (claims, figures, actors))
        return RowInputs(
            self.view,
            styles,
            figures_ditto=self.query_one(FiguresPanel).sort_column is None,
            claims_width=claims,
            figures_width=figures,
            actors_width=actors,
            actors_sort=self._sort_of(ActorsPanel),
            figures_sort=self._sort_of(FiguresPanel),
            claims_sort=self._sort_of(ClaimsPanel),
        )

    def _sort_of(self, panel: type[FactTable]) -> tuple[str | None, bool]:
        table = self.query_one(panel)
        return (table.sort_column, table.sort_reverse)

    def on_fact_table_sorted(self, event: FactTable.Sorted) -> None:
        # Rows sorted over the whole view, not only the rows the panel holds (probe s29 UX-7); the cursor goes to
        # the top of the new order (at once when the table sorts the rows it holds).
        event.stop()
        table = event.control
        if isinstance(table, FactTable):
            name = next((n for n, p in _PANELS.items() if isinstance(table, p)), "")
            if sorts_upstream(name, (table.sort_column, table.sort_reverse)):
                table.top_after_sort = True
            elif table.row_count:
                table.move_cursor(row=0, animate=False)
        self.render_story()

    def render_story(self, prepared: PreparedRows | None = None) -> None:
        """Redraw the panels from the app's story, the filters and the theme.

        ``prepared``: rows a worker made for this story; used when they were made from the current inputs,
        otherwise the rows are made here. Either way only what differs is changed in the tables.
        """
        if not self.ready:
            return
        # The app may be closing with the panels already gone (an update can arrive meanwhile): nothing to draw.
        with suppress(NoMatches):
            self._render_story(prepared)

    def _render_story(self, prepared: PreparedRows | None) -> None:
        app = self.app
        story = app.story
        styles = app.theme_styles()
        self.query_one(FilterStatus).show(self.view, styles)
        if not self.sized:
            return  # the first layout's Resized draws them (and tells workers the widths to make rows for)
        inputs = self.current_inputs(styles)
        self.row_inputs = inputs
        if story is None:
            return
        rows = next((r for r in (prepared, self.rows) if r is not None and r.fits(story, inputs)), None)
        if rows is None:
            if fact_count(story) > SYNC_FACTS:
                # The panels keep their rows until the worker's are ready (RowsReady).
                self.prepare_rows_later(story, app.first_seen, inputs, frozenset(app.unseen))
                return
            rows = prepare_rows(story, app.first_seen, inputs, unseen=app.unseen)
        self.rows = rows
        self.query_one(ActorsPanel).show_rows(rows.actors, app.unseen, styles)
        self.query_one(FiguresPanel).show_rows(rows.figures, app.unseen, styles)
        self.query_one(ClaimsPanel).show_rows(rows.claims, app.unseen, styles)

    # A description of our own: by default Textual writes the repr of every argument, the whole story included.
    @work(thread=True, exclusive=True, group="rows", exit_on_error=False, description="panel rows")
    def prepare_rows_later(
        self, story: Story, first_seen: dict[str, str], inputs: RowInputs, unseen: frozenset[str]
    ) -> None:
        rows = prepare_rows(story, first_seen, inputs, unseen=unseen)
        if not get_current_worker().is_cancelled:  # a newer request (the next key typed) replaced this one
            self.post_message(RowsReady(rows))

    def on_rows_ready(self, message: RowsReady) -> None:
        # Rows for another story or other filters are dropped: whatever changed those asked for rows of its own.
        if self.row_inputs is not None and message.rows.fits(self.app.story, self.row_inputs):
            self.render_story(message.rows)

    def on_fact_table_resized(self, event: FactTable.Resized) -> None:
        event.stop()
        self.sized = True
        self.render_story()

    def watch_view(self, view: ViewFilter) -> None:
        self.render_story()

    def mark_seen(self, table: FactTable) -> bool:
        """Drop the NEW marks of a panel's rows; True when any were dropped."""
        keys = {figure_seen_key(r) if isinstance(r, Figure) else k for k, r in table.records.items()}
        seen = keys & self.app.unseen
        self.app.unseen -= seen
        return bool(seen)

    # Actions: drill-down ------------------------------------------------------------------------------
    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        table = event.data_table
        if isinstance(table, FactTable):
            event.stop()
            self.open_detail(table.records.get(event.row_key.value))

    def action_open_detail(self) -> None:
        panel = self.focused_panel()
        self.open_detail(panel.current_record() if panel else None)

    def open_detail(self, record: object | None) -> None:
        if record is None:
            self.notify("select an actor, figure or claim first", severity="warning")
            return
        app = self.app
        tracker = app.tracker
        facts = app.facts
        root = str(tracker.root) if tracker is not None else os.path.abspath(app.seeds_dir)
        from tui.screens.detail import DetailScreen  # imported on first use: launch paints sooner

        self.app.push_screen(DetailScreen(record, app.story, facts, root, app.theme_styles()))

    def action_open_editor(self) -> None:
        panel = self.focused_panel()
        record = panel.current_record() if panel else None
        if isinstance(record, Actor):
            if record.documents:
                self.app.open_in_editor(record.documents[0], 1)
        elif record is not None:
            self.app.open_in_editor(record.document, record.line)
        else:
            self.notify("select a fact to open its file", severity="warning")

    def action_files(self) -> None:
        if self.app.story is not None:
            from tui.screens.files import FilesScreen  # imported on first use: launch paints sooner

            self.app.push_screen(FilesScreen(self.app.story, self.app.theme_styles()))

    def action_focus_panel(self, panel: str) -> None:
        self.active = panel
        # Focus now, not after the queued keys: over SSH "3/Kherson" can arrive in one burst.
        self.set_focus(self.query_one(f"#{panel}"))

    # Actions: filters and sorting ------------------------------------------------------------------------
    def action_filter_actor(self) -> None:
        panel = self.focused_panel()
        actor = panel.current_record() if isinstance(panel, ActorsPanel) else None
        if not isinstance(actor, Actor):
            self.notify("select an actor in the Actors panel (1) first", severity="warning")
            return
        if self.view.actor == actor:
            self.view = replace(self.view, actor=None)
            self.notify("actor filter cleared", timeout=2)
            return
        self.view = replace(self.view, actor=actor)
        self.notify(f"showing facts involving {actor.name} (x clears)", timeout=3, markup=False)

    def action_clear_filters(self) -> None:
        if not self.view.active:
            return
        self.view = ViewFilter()
        filter_input = self.query_one(FilterInput)
        filter_input.display = False
        self.notify("filters cleared", timeout=2)

    def action_filter(self) -> None:
        target = self.active if self.active in PANEL_NAMES else "claims"
        filter_input = self.query_one(FilterInput)
        filter_input.target = target
        filter_input.border_title = f"Filter {PANEL_NAMES[target]}"
        with filter_input.prevent(Input.Changed):
            filter_input.value = self.view.text.get(target, "")
        filter_input.display = True
        self.set_focus(filter_input)

    def on_input_changed(self, event: Input.Changed) -> None:
        if isinstance(event.input, FilterInput):
            event.stop()
            self.view = replace(self.view, text={**self.view.text, event.input.target: event.value})

    def on_input_submitted(self, event: Input.Submitted) -> None:
        if isinstance(event.input, FilterInput):
            event.stop()
            self._close_filter(event.input)

    def on_filter_input_cancelled(self, event: FilterInput.Cancelled) -> None:
        filter_input = self.query_one(FilterInput)
        text = {k: v for k, v in self.view.text.items() if k != filter_input.target}
        self.view = replace(self.view, text=text)
        self._close_filter(filter_input)

    def _close_filter(self, filter_input: FilterInput) -> None:
        # The input gave the focus to its panel on Enter/Esc; a panel key typed right after has moved it on since.
        back = self.focused is filter_input or self.focused is None
        filter_input.display = False
        if back:
            self.action_focus_panel(filter_input.target)

    def action_sort(self) -> None:
        panel = self.focused_panel()
        if panel is None:
            return
        label = panel.cycle_sort()  # (its Sorted message makes the rows again)
        self.notify(f"{PANEL_NAMES.get(panel.id or '', '')} sorted {label}", timeout=2)

    def action_reverse_sort(self) -> None:
        panel = self.focused_panel()
        if panel is None:
            return
        name = PANEL_NAMES.get(panel.id or "", "")
        if panel.sort_column is None:  # nothing to reverse: say so rather than do nothing
            self.notify(f"{name} in natural order: s sorts by a column, S then reverses it", timeout=3)
            return
        label = panel.reverse_sort()
        self.notify(f"{name} sorted {label}", timeout=2)

    # Actions: copy and export ---------------------------------------------------------------------------
    def _selected(self) -> object | None:
        panel = self.focused_panel()
        return panel.current_record() if panel else None

    def action_copy_quote(self) -> None:
        self.app.copy_record(self._selected(), want="claim")

    def action_copy_figure(self) -> None:
        self.app.copy_record(self._selected(), want="figure")

    def action_export(self) -> None:
        if self.app.story is None:
            self.notify("nothing to export yet", severity="warning")
            return
        from tui.export_names import default_export_folder
        from tui.screens.export import ExportScreen  # imported on first use: launch paints sooner

        folder = self.export_folder or default_export_folder(self.app.seeds_dir)
        self.app.push_screen(ExportScreen(folder, self.export_format), self._export_chosen)

    def _export_chosen(self, choice: ExportChoice | None) -> None:
        from tui.export_names import export_name
        from tui.screens.export import extension

        view = self.current_view()
        if choice is None or view is None:
            return
        # In the panels' orders, as the dialog's 'current view' says (review s29 RT2).
        sorts = (self._sort_of(ActorsPanel), self._sort_of(FiguresPanel), self._sort_of(ClaimsPanel))
        view = sorted_view(view, *sorts)
        self.export_folder, self.export_format = choice.folder, choice.fmt
        target = Path(choice.folder) / export_name(self.app.seeds_dir, self.app.clock(), extension(choice.fmt))
        self.write_export(view, choice.fmt, target)

    @work(thread=True, group="export", exit_on_error=False, description="export")  # no repr of the whole story
    def write_export(self, view: Story, fmt: str, target: Path) -> None:
        """Render and write the file off the UI thread; a failure becomes a notice, never a crash."""
        from extract.export import render  # imported on first use (with csv): launch paints sooner
        from extract.store import write_private

        try:
            target.parent.mkdir(parents=True, exist_ok=True)
            write_private(target, render(view, fmt))
        except OSError as exc:
            self.post_message(Exported(str(target), exc.strerror or str(exc)))
            return
        self.post_message(Exported(str(target)))

    def on_exported(self, message: Exported) -> None:
        if message.error:
            self.notify(f"export failed: {message.path}: {message.error}", severity="error", markup=False)
        else:
            self.notify(f"exported the current view to {message.path}", timeout=6, markup=False)

    def on_worker_state_changed(self, event: Worker.StateChanged) -> None:
        if event.worker.group == "export":
            event.stop()
            if event.state == WorkerState.ERROR:
                error = event.worker.error
                self.notify(f"export failed: {type(error).__name__}: {error}", severity="error", markup=False)
