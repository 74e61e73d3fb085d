"""The Changes panel: a log of what each update changed, newest last."""

from __future__ import annotations

from collections import deque

from rich.text import Text
from textual import events
from textual.widgets import RichLog

from tui.widgets.safe import file_name, literal


def names_itself(files: tuple[str, ...], summary: str) -> bool:
    """Whether ``summary`` already names every file of the update (a rename: "renamed a.txt to b.txt"), so a line
    that named them before it said each name twice, over two lines at 120 columns (review s28 UI-2)."""
    return bool(files) and summary.startswith("renamed ") and all(file_name(f) in summary for f in files)


ENTRIES = 1000
"""Updates the log keeps (as RichLog keeps lines)."""


class ChangesLog(RichLog):
    """Time, file and summary of each update."""

    BORDER_TITLE = "Changes"

    _writing = False
    """Set while write() appends lines (see refresh)."""

    def __init__(self, **kwargs) -> None:
        # min_width: RichLog wraps at no less than 78 cells by default, so below 80 columns every wrapped line was cut
        # at the log's edge (review s28 rev1 UI-5: 'indexed 1 file' lost ': 60 actors, 16').
        super().__init__(markup=False, highlight=False, wrap=True, max_lines=1000, min_width=1, **kwargs)
        self._width_before = 0
        self._entries: deque[Text] = deque(maxlen=ENTRIES)
        """Every update logged, as written: RichLog keeps lines wrapped at the width they were written at, so after a
        resize they are wrapped again from these."""
        self._wrapped_at = 0
        """The width the lines shown were wrapped at (0: not known yet)."""

    def on_resize(self, event: events.Resize) -> None:
        # Lines wrapped at 200 columns were cut at the log's edge after a resize to 120: '1,841 claims' read
        # '1,84', a different and plausible number (probe s29 UX-9). (RichLog's own handler runs after this one.)
        width = event.size.width
        if self._wrapped_at and width and width != self._wrapped_at and self._entries:
            self.call_after_refresh(self._rewrap)  # once the log's region has its new width (write wraps to it)
        if width:
            self._wrapped_at = width

    def _rewrap(self) -> None:
        at_end = self.is_vertical_scroll_end
        self.clear()
        for entry in self._entries:
            self.write(entry, width=self._width(), scroll_end=False)
        if at_end:
            self.scroll_end(animate=False)

    def write(self, *args, **kwargs):
        self._writing, self._width_before = True, self.virtual_size.width
        try:
            return super().write(*args, **kwargs)
        finally:
            self._writing = False

    def refresh(self, *regions, repaint: bool = True, layout: bool = False, recompose: bool = False):
        """A new line makes the log's virtual size one line taller, which Textual answers with a layout of the whole
        screen only to tell the log's scrollbar. The log's box is fixed by the
        dashboard and its vertical scrollbar is always shown (overflow-y: scroll), so while its lines fit its width
        (wrapped, they do) no scrollbar comes or goes: the scrollbar is told the new height here and only the log
        repaints. A line wider than the log (a horizontal scrollbar may appear) or a log sized by its content still
        gets the layout."""
        if (
            layout
            and self._writing
            and max(self.virtual_size.width, self._width_before) <= self.scrollable_content_region.width
            and self.styles.overflow_y == "scroll"
            and self.styles.height is not None
            and not self.styles.height.is_auto
        ):
            layout = False
            bar = self.vertical_scrollbar
            bar.window_virtual_size = self.virtual_size.height
            bar.refresh()
        return super().refresh(*regions, repaint=repaint, layout=layout, recompose=recompose)

    def log_change(self, files: tuple[str, ...], summary: str, when: str) -> None:
        """Append one update (``when`` is the app clock's HH:MM:SS, so tests can fix it)."""
        line = Text(f"{when} ", style="dim")
        if not names_itself(files, summary):
            names = ", ".join(file_name(f) for f in files[:3]) + ("\u2026" if len(files) > 3 else "")
            line.append_text(literal(names, "bold"))
            line.append("  ")
        line.append_text(literal(summary))
        self._entries.append(line)
        self.write(line, width=self._width())

    def _width(self) -> int | None:
        """The width to wrap at: the log's own (RichLog measures a line against the app console's width, which is
        not the log's); None before the log has a size (RichLog then defers the line)."""
        width = self.scrollable_content_region.width
        return width if width > 0 and self._size_known else None
