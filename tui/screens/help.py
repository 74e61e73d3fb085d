"""The `?` screen: every key, grouped by what a reporter wants to do."""

from __future__ import annotations

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.screen import ModalScreen
from textual.widgets import Static

KEYS: tuple[tuple[str, tuple[tuple[str, str], ...]], ...] = (
    (
        "Move",
        (
            ("1 2 3 4", "focus Actors, Figures, Claims, Changes"),
            ("tab / shift+tab", "next / previous panel (tabs when the terminal is narrow)"),
            ("\u2191 \u2193 pgup pgdn home end", "move in a panel"),
        ),
    ),
    (
        "Drill down",
        (
            ("enter", "detail of the selected actor, figure or claim (every mention in context)"),
            ("esc", "back (in a detail view); clear filters on the dashboard"),
            ("o", "open the file in $EDITOR at that line"),
            ("f", "files, with read errors"),
        ),
    ),
    (
        "Filter and sort",
        (
            ("a", "show only facts involving the selected actor"),
            ("/", "filter the focused panel as you type (enter keeps, esc clears)"),
            ("x", "clear all filters"),
            ("s / S", "sort by the next column / reverse (or click a header)"),
        ),
    ),
    (
        "Copy and export",
        (
            ("c", "copy the selected quote or claim with attribution"),
            ("y", "copy the selected figure with its source"),
            ("e", "export the current view to Markdown, CSV, JSON or JSON lines"),
        ),
    ),
    (
        "Story",
        (
            ("p", "pause / resume following the folder"),
            ("r", "re-index every file"),
            ("t", "change theme (remembered)"),
            ("ctrl+p", "command palette: every action by name"),
            ("?", "this help"),
            ("q", "quit"),
        ),
    ),
)


class HelpScreen(ModalScreen[None]):
    """Key help; any of esc, q or ? closes it."""

    BINDINGS = [
        Binding("escape", "close", "Close"),
        Binding("question_mark", "close", "Close", show=False),
        Binding("q", "close", "Close", show=False),
    ]

    def compose(self) -> ComposeResult:
        table = Table.grid(padding=(0, 2))
        table.add_column(style="bold", no_wrap=True)
        table.add_column()
        for group, keys in KEYS:
            table.add_row(Text(group, style="bold underline"), "")
            for key, what in keys:
                table.add_row(key, what)
            table.add_row("", "")
        with VerticalScroll(id="help-box"):
            yield Static(Text(" storywatch keys ", style="bold reverse"))
            yield Static(table)
            yield Static(Text("esc closes", style="dim"))

    def action_close(self) -> None:
        self.dismiss()
