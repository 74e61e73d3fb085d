"""A DataTable of facts that keeps the cursor on the same fact across updates and sorts by any column."""

from __future__ import annotations

import re

from rich.text import Text
from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist

_NUMBER = re.compile(r"-?\d[\d,]*(?:\.\d+)?")


def natural_key(cell: object) -> tuple[int, float, str]:
    """Sort numbers by value ("9" before "13,000") and text case-insensitively; blanks last."""
    s = cell.plain if isinstance(cell, Text) else str(cell)
    s = s.strip()
    if not s or s == "\u2014":
        return (2, 0.0, "")
    m = _NUMBER.search(s)
    if m and m.start() < 4:
        return (0, float(m.group().replace(",", "")), s.lower())
    return (1, 0.0, s.lower())


class FactTable(DataTable):
    """Base of the panels: row keys are fact keys (extract.keys); ``records`` maps them to the records."""

    SORTABLE: tuple[str, ...] = ()
    """Column keys that `s` cycles through, in order."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.records: dict[str, object] = {}
        self.sort_column: str | None = None
        self.sort_reverse = False
        self.total = 0
        """Rows in the story before filters, for the 'n of m' title."""

    def on_mount(self) -> None:
        self.cursor_type = "row"
        self.zebra_stripes = True

    def current_key(self) -> str | None:
        """Key of the row under the cursor."""
        if not self.row_count:
            return None
        try:
            return self.coordinate_to_cell_key(self.cursor_coordinate).row_key.value
        except CellDoesNotExist:
            return None

    def current_record(self) -> object | None:
        """The record under the cursor."""
        key = self.current_key()
        return self.records.get(key) if key is not None else None

    def restore_cursor(self, key: str | None) -> None:
        """Move the cursor back to ``key`` if that row still exists."""
        if key is None:
            return
        try:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        except RowDoesNotExist:
            return

    def finish_rows(self, keep: str | None) -> None:
        """After rebuilding the rows: re-sort, put the cursor back, and get the column widths measured."""
        self.apply_sort()
        self.restore_cursor(keep)
        # DataTable measures new rows when idle; without a nudge a table that gets no further messages
        # keeps its old (header-wide) columns and cuts the text.
        self.check_idle()

    # Sorting -----------------------------------------------------------------------------------------
    def sort_by(self, column: str | None, reverse: bool = False) -> None:
        """Sort by ``column`` (None: the panel's natural order) and remember it across updates."""
        self.sort_column, self.sort_reverse = column, reverse
        self.apply_sort()

    def cycle_sort(self) -> str:
        """Next sortable column (after the last one: natural order); returns a label for a notice."""
        order = [None, *self.SORTABLE]
        nxt = order[(order.index(self.sort_column) + 1) % len(order)] if self.sort_column in order else None
        self.sort_by(nxt)
        return self.sort_label()

    def reverse_sort(self) -> str:
        if self.sort_column is not None:
            self.sort_by(self.sort_column, not self.sort_reverse)
        return self.sort_label()

    def sort_label(self) -> str:
        if self.sort_column is None:
            return "natural order"
        label = next((c.label.plain for k, c in self.columns.items() if k.value == self.sort_column), "")
        arrow = "\u2193" if self.sort_reverse else "\u2191"
        return f"by {label or self.sort_column} {arrow}"

    def apply_sort(self) -> None:
        """Re-apply the chosen sort (the caller rebuilt the rows in natural order)."""
        if self.sort_column is None or not self.row_count:
            return
        keep = self.current_key()
        self.sort(self.sort_column, key=natural_key, reverse=self.sort_reverse)
        self.restore_cursor(keep)

    def on_data_table_header_selected(self, event: DataTable.HeaderSelected) -> None:
        # Clicking a header sorts by it; clicking it again reverses.
        event.stop()
        column = event.column_key.value
        if column == self.sort_column:
            self.sort_by(column, not self.sort_reverse)
        else:
            self.sort_by(column)
