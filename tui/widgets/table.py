"""A DataTable of facts that keeps the cursor on the same fact across updates."""

from __future__ import annotations

from textual.widgets import DataTable
from textual.widgets.data_table import CellDoesNotExist, RowDoesNotExist


class FactTable(DataTable):
    """Base of the panels: row keys are fact keys (extract.keys)."""

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

    def restore_cursor(self, key: str | None) -> None:
        """Move the cursor back to ``key`` if that row still exists."""
        if key is None:
            return
        try:
            self.move_cursor(row=self.get_row_index(key), animate=False)
        except RowDoesNotExist:
            return
