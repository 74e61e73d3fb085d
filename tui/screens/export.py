"""The `e` modal: choose a format and a folder for exporting the current view."""

from __future__ import annotations

import os
from dataclasses import dataclass

from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Horizontal, Vertical
from textual.screen import ModalScreen
from textual.widgets import Button, Input, Label, RadioButton, RadioSet

FORMATS = (
    ("markdown", "Markdown", "md"),
    ("csv", "CSV", "csv"),
    ("json", "JSON", "json"),
    ("jsonl", "JSON lines", "jsonl"),
)


class FormatSet(RadioSet):
    """Radio buttons where moving with the arrows also chooses (one key less; Enter then exports)."""

    def action_next_button(self) -> None:
        if self._selected is None:
            # RadioSet's mount moves to the first button, which moving would choose: Markdown un-chose and chose
            # itself again, the highlight was not yet the pressed button, and Enter right after `e` did nothing
            # (probe s27 r2); a remembered CSV lost to Markdown. The chosen format is highlighted instead.
            chosen = next((i for i, b in enumerate(self._nodes) if isinstance(b, RadioButton) and b.value), None)
            if chosen is not None:
                self._selected = chosen
                return
        super().action_next_button()
        self.action_toggle_button()

    def action_previous_button(self) -> None:
        super().action_previous_button()
        self.action_toggle_button()

    def action_toggle_button(self) -> None:
        # Enter on the chosen format exports instead of un-choosing it.
        selected = self._selected
        if selected is not None and self.pressed_index == selected:
            self.screen.action_export()
            return
        super().action_toggle_button()


@dataclass(frozen=True, slots=True)
class ExportChoice:
    """What the user chose."""

    folder: str
    """Folder to write into."""
    fmt: str
    """One of extract.export.FORMATS."""


def extension(fmt: str) -> str:
    return next(ext for key, _, ext in FORMATS if key == fmt)


class ExportScreen(ModalScreen[ExportChoice | None]):
    """Format (radio buttons, arrow keys) and folder (default: the current directory, or outside the watched folder:
    tui.export_names); Enter exports."""

    BINDINGS = [Binding("escape", "cancel", "Cancel")]

    def __init__(self, folder: str | None = None, fmt: str = "markdown") -> None:
        super().__init__()
        self.folder = folder or os.getcwd()
        self.fmt = fmt

    def compose(self) -> ComposeResult:
        with Vertical(id="export-box"):
            yield Label("Export the current view (filters applied)", id="export-title")
            yield Label("\u2191\u2193 format \u00b7 tab folder \u00b7 enter export \u00b7 esc cancel", classes="hint")
            with FormatSet(id="export-format"):
                for key, label, _ in FORMATS:
                    yield RadioButton(label, value=key == self.fmt, id=f"fmt-{key}")
            yield Label("Folder")
            yield Input(self.folder, id="export-folder")
            with Horizontal(id="export-buttons"):
                yield Button("Export", variant="primary", id="export-ok")
                yield Button("Cancel", id="export-cancel")

    def on_mount(self) -> None:
        self.query_one(RadioSet).focus()

    def _choice(self) -> ExportChoice:
        pressed = self.query_one(RadioSet).pressed_button
        fmt = (pressed.id or "fmt-markdown").removeprefix("fmt-") if pressed is not None else "markdown"
        folder = self.query_one("#export-folder", Input).value.strip() or self.folder
        return ExportChoice(os.path.expanduser(folder), fmt)

    def on_input_submitted(self, event: Input.Submitted) -> None:
        event.stop()
        self.dismiss(self._choice())

    def on_button_pressed(self, event: Button.Pressed) -> None:
        event.stop()
        self.dismiss(self._choice() if event.button.id == "export-ok" else None)

    def action_export(self) -> None:
        self.dismiss(self._choice())

    def action_cancel(self) -> None:
        self.dismiss(None)
