"""The Changes panel: a log of what each update changed, newest last."""

from __future__ import annotations

from datetime import datetime

from rich.text import Text
from textual.widgets import RichLog

from tui.widgets.safe import literal, short_path


class ChangesLog(RichLog):
    """Time, file and summary of each update."""

    BORDER_TITLE = "Changes"

    def __init__(self, **kwargs) -> None:
        super().__init__(markup=False, highlight=False, wrap=True, max_lines=1000, **kwargs)

    def log_change(self, files: tuple[str, ...], summary: str) -> None:
        """Append one update."""
        line = Text(datetime.now().strftime("%H:%M:%S "), style="dim")
        names = ", ".join(short_path(f) for f in files[:3]) + ("\u2026" if len(files) > 3 else "")
        line.append_text(literal(names, "bold"))
        line.append("  ")
        line.append_text(literal(summary))
        self.write(line)
