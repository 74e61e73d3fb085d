"""The Changes panel: a log of what each update changed, newest last."""

from __future__ import annotations

from rich.text import Text
from textual.widgets import RichLog

from tui.widgets.safe import literal, short_path


class ChangesLog(RichLog):
    """Time, file and summary of each update."""

    BORDER_TITLE = "Changes"

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, highlight=False, wrap=True, max_lines=1000, **kwargs)

    def log_change(self, files: tuple[str, ...], summary: str, when: str) -> None:
        """Append one update (``when`` is the app clock's HH:MM:SS, so tests can fix it)."""
        line = Text(f"{when} ", style="dim")
        names = ", ".join(short_path(f) for f in files[:3]) + ("\u2026" if len(files) > 3 else "")
        line.append_text(literal(names, "bold"))
        line.append("  ")
        line.append_text(literal(summary))
        self.write(line)
