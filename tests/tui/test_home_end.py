"""Home and End move to the first and last row of a panel, as the help says (probe s28 UX-14): DataTable's own End
scrolled the table sideways and left the cursor where it was."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.widgets.table import FactTable, PanelRows, Row


class Table(FactTable):
    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name", width=50)  # wider than the screen: the table can scroll sideways
        self.add_column("#", key="n", width=4)


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table()


async def test_end_goes_to_the_last_row_and_home_to_the_first():
    app = TableApp()
    async with app.run_test(size=(40, 12)) as pilot:
        table = app.query_one(Table)
        rows = tuple(Row(f"r{i}", ((f"row {i}", ""), (str(i), "")), i) for i in range(30))
        table.apply_rows(PanelRows(rows), lambda r: ("", ""))
        table.focus()
        await pilot.pause()
        assert table.max_scroll_x > 0
        await pilot.press("end")
        assert table.cursor_row == 29 and table.scroll_x == 0
        await pilot.press("home")
        assert table.cursor_row == 0 and table.scroll_x == 0
