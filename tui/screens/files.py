"""The `f` screen: the story's files with words, title and read errors."""

from __future__ import annotations

from datetime import datetime

from textual.app import ComposeResult
from textual.binding import Binding
from textual.screen import Screen
from textual.widgets import DataTable, Footer, Static

from extract.records import Story
from tui.widgets.safe import literal


class FilesScreen(Screen):
    """One row per file; a file that could not be read shows its error in red."""

    BINDINGS = [Binding("escape", "back", "Back"), Binding("o", "open_editor", "Open in $EDITOR")]

    def __init__(self, story: Story, styles: dict[str, str]) -> None:
        super().__init__()
        self.story = story
        self.fact_styles = styles

    def compose(self) -> ComposeResult:
        errors = sum(1 for d in self.story.documents if d.error)
        n = len(self.story.documents)
        title = f" Files {n}" + (f"  \u26a0 {errors} with errors" if errors else "")
        yield Static(literal(title, "bold"), id="files-title")
        yield DataTable(id="files-table", cursor_type="row", zebra_stripes=True)
        yield Footer()

    def on_mount(self) -> None:
        table = self.query_one(DataTable)
        table.add_column("", key="badge", width=1)
        table.add_column("File", key="path")
        table.add_column("Words", key="words")
        table.add_column("Modified", key="modified")
        table.add_column("Title or error", key="title")
        for d in sorted(self.story.documents, key=lambda d: (d.error is None, d.path)):
            when = datetime.fromtimestamp(d.modified).strftime("%Y-%m-%d %H:%M") if d.modified else ""
            table.add_row(
                literal("\u26a0" if d.error else "", self.fact_styles["error"]),
                literal(d.path, "bold", limit=50),
                literal(f"{d.words:,}"),
                literal(when, "dim"),
                literal(d.error, self.fact_styles["error"], limit=80) if d.error else literal(d.title, limit=80),
                key=d.path,
            )
        table.focus()

    def action_back(self) -> None:
        self.dismiss()

    def action_open_editor(self) -> None:
        table = self.query_one(DataTable)
        if not table.row_count:
            return
        path = table.coordinate_to_cell_key(table.cursor_coordinate).row_key.value
        if path:
            self.app.open_in_editor(path, 1)
