"""The `f` screen: the story's files with words, title, read errors and warnings."""

from __future__ import annotations

import re
from collections.abc import Iterable
from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from extract.export import cells, middle_cut
from extract.records import Story
from tui.widgets.safe import literal


def file_warnings(story: Story, paths: Iterable[str] | None = None) -> dict[str, list[str]]:
    """Each file's warnings (what reading it or its quote marks left uncertain: "only the first 200 KB of 5.0 MB
    were read", "decoded as Windows-1252", "the file is empty"), from the story's warnings, which name their file
    first ("<path>: <warning>"); a file's read error is not repeated. Only ``paths`` when given."""
    docs = {d.path: d for d in story.documents}
    wanted = docs.keys() if paths is None else set(paths) & docs.keys()
    out: dict[str, list[str]] = {}
    if not wanted:
        return out
    for w in story.warnings:
        at = w.find(": ")
        while at >= 0 and w[:at] not in docs:  # a file name may hold ": " itself
            at = w.find(": ", at + 1)
        if at < 0 or w[:at] not in wanted:
            continue
        path, text = w[:at], w[at + 2 :]
        if text != docs[path].error:
            out.setdefault(path, []).append(text)
    return out


_NUMBER = re.compile(r"\d+")
NARROW_FILES = 100
"""Below this screen width the Files screen's dates leave out the year."""
ERROR_LINES = 2
"""A file's error or warning is cut past this many lines' worth of cells (wrapped at words, it may take a third)."""
NOTICE_WARNINGS = 8
"""Warnings the notice of enter on a file lists at most."""


def warning_kind(text: str) -> str:
    """A warning with its numbers taken out: a draft's unclosed quote mark moves with each edit, and is one warning."""
    return _NUMBER.sub("#", text)


class FilesScreen(Screen):
    """One row per file; a file that could not be read shows its error in red, a file read with warnings its first
    warning (and how many more) before its title (probe s27 r3: they reached only the JSON)."""

    BINDINGS = [Binding("escape", "back", "Back"), Binding("o", "open_editor", "Open in $EDITOR")]

    def __init__(self, story: Story, styles: dict[str, str]) -> None:
        super().__init__()
        self.story = story
        self.fact_styles = styles

    def compose(self) -> ComposeResult:
        errors = sum(1 for d in self.story.documents if d.error)
        self.warnings = file_warnings(self.story)
        n = len(self.story.documents)
        title = f" Files {n}" + (f"  \u26a0 {errors} with errors" if errors else "")
        if self.warnings:
            title += f"  ! {len(self.warnings)} with warnings"
        yield Static(literal(title, "bold"), id="files-title")
        yield DataTable(id="files-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", key="badge", width=1)
        table.add_column("File", key="path")
        table.add_column("Words", key="words")
        warned = self.fact_styles.get("warning", "yellow")
        path_cells, about_cells, clock = self._widths()
        table.add_column("Modified", key="modified")
        table.add_column("Title or error", key="title", width=about_cells)
        for d in sorted(self.story.documents, key=lambda d: (d.error is None, d.path not in self.warnings, d.path)):
            when = datetime.fromtimestamp(d.modified).strftime(clock) if d.modified else ""
            warnings = self.warnings.get(d.path, [])
            # An error or a warning is what the row is for: it takes up to ERROR_LINES lines rather than being cut
            # (at 80 columns 'closing quote mark at line…' said neither where nor what).
            room = about_cells * ERROR_LINES
            if d.error:
                badge, about = (
                    literal("\u26a0", self.fact_styles["error"]),
                    literal(d.error, self.fact_styles["error"], limit=room),
                )
            elif warnings:
                more = f" (+{len(warnings) - 1} more)" if len(warnings) > 1 else ""
                badge = literal("!", warned)
                about = literal(warnings[0] + more, warned, limit=room)
                if d.title and about.cell_len < about_cells - 12:  # no dangling separator before an empty title
                    about.append_text(literal(" \u00b7 " + d.title, limit=about_cells - about.cell_len))
            else:
                badge, about = literal(""), literal(d.title, limit=about_cells)
            table.add_row(
                badge,
                literal(middle_cut(d.path, path_cells), "bold"),
                literal(f"{d.words:,}"),
                literal(when, "dim"),
                about,
                key=d.path,
                height=None if about.cell_len > about_cells else 1,
            )
        table.focus()

    def _widths(self) -> tuple[int, int, str]:
        """Cells for the file names and for the title or error, so a row fits the screen, and the format of the
        Modified column: the error is what matters here, and at 120 columns a 50-cell name column cut it at the
        screen's edge mid-word (probe s28 UX-7). Below NARROW_FILES columns the year goes from the dates (5 cells more
        for the message)."""
        width = self.app.size.width
        narrow = width < NARROW_FILES
        clock = "%m-%d %H:%M" if narrow else "%Y-%m-%d %H:%M"
        longest = max((cells(d.path) for d in self.story.documents), default=4)
        path = max(4, min(50, longest))
        rest = width - 2 - 5 * 2 - 1 - 7 - len(datetime(2000, 1, 1).strftime(clock))  # scrollbar, paddings, badge...
        if rest - path < 40:
            path = max(min(path, 16), rest - 40)  # the message keeps 40 cells while a name keeps 16
        return path, max(20, rest - path), clock

    def on_data_table_row_selected(self, event: DataTable.RowSelected) -> None:
        """Enter on a row: the file's whole path and every warning or its error, which the row may cut (a name like
        'batch/9…5f4a.txt' beside 19 others; probe s30 U20)."""
        event.stop()
        path = event.row_key.value
        doc = next((d for d in self.story.documents if d.path == path), None)
        if doc is None:
            return
        lines = [doc.error] if doc.error else self.warnings.get(doc.path, [])
        about = "\n".join(f"\u2022 {w}" for w in lines[:NOTICE_WARNINGS]) if lines else (doc.title or "no title")
        if len(lines) > NOTICE_WARNINGS:
            about += f"\n(+{len(lines) - NOTICE_WARNINGS} more)"
        self.notify(f"{doc.path}\n{about}", title=f"{doc.words:,} words", timeout=12, markup=False)

    def action_back(self) -> None:
        self.dismiss()

    def action_open_editor(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return
        path = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if path:
            self.app.open_in_editor(path, 1)
