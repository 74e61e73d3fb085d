"""New rows show (probe s29 UX-2, s28 UX-13): a cursor on the first row stays on the first row when an update adds
rows above it (the new claims landed above the viewport), and a panel's title says how many of its rows are new."""

from __future__ import annotations

from textual.app import App, ComposeResult

from tui.widgets.claims import ClaimsPanel
from tui.widgets.table import FactTable, PanelRows, Row, new_note


class Table(FactTable):
    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name", width=10)


class TableApp(App[None]):
    def compose(self) -> ComposeResult:
        yield Table()


def rows(*names: str) -> PanelRows:
    return PanelRows(tuple(Row(n, ((n, ""),), n) for n in names))


def no_mark(row: Row) -> tuple[str, str]:
    return ("", "")


async def test_a_cursor_on_the_first_row_follows_the_top():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows("a", "b", "c"), no_mark)
        await pilot.pause()
        assert table.cursor_row == 0
        table.apply_rows(rows("n2", "n1", "a", "b", "c"), no_mark)
        await pilot.pause()
        assert table.current_key() == "n2" and table.cursor_row == 0


async def test_a_cursor_elsewhere_stays_on_its_row():
    app = TableApp()
    async with app.run_test(size=(40, 10)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows("a", "b", "c"), no_mark)
        table.move_cursor(row=1, animate=False)
        await pilot.pause()
        table.apply_rows(rows("n1", "a", "b", "c"), no_mark)
        await pilot.pause()
        assert table.current_key() == "b" and table.cursor_row == 2


class ClaimsApp(App[None]):
    def compose(self) -> ComposeResult:
        yield ClaimsPanel(id="claims")


async def test_the_title_counts_the_new_rows():
    assert new_note(0) == "" and new_note(1234) == "  \u25cf 1,234 new"
    app = ClaimsApp()
    async with app.run_test(size=(120, 20)) as pilot:
        panel = app.query_one(ClaimsPanel)
        made = tuple(
            Row(k, (("12:00", ""), ("Jo", ""), (f"claim {k}", ""), ("a.txt:1", "")), k, height=1) for k in "xyz"
        )
        panel.show_rows(PanelRows(made), {"y", "z"}, {"new": "bold"})
        await pilot.pause()
        assert panel.border_title == "Recent claims 3  \u25cf 2 new"
        panel.show_rows(PanelRows(made), set(), {"new": "bold"})
        await pilot.pause()
        assert panel.border_title == "Recent claims 3"
