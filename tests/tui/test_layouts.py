"""An update that changes only rows or log lines repaints those widgets without laying the whole screen out.

A screen layout reflows and re-sizes every widget (on a 160x50 dashboard with three panels at the row cap, 15-20 ms
of CPU per update; the paint of the changed tables, 50-130 ms, is there either way), so a table at its row cap (one
row in, one out) and a new line in the Changes log must not ask for one; a table whose rows really grow still does.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.containers import Horizontal, Vertical
from textual.screen import Screen

from tui.widgets.actors import ActorsPanel
from tui.widgets.changes import ChangesLog
from tui.widgets.figures import FiguresPanel
from tui.widgets.table import PanelRows, Row

CAP = 120


def rows(start: int, n: int, columns: int) -> PanelRows:
    return PanelRows(
        tuple(
            Row(key=f"k{i}", cells=tuple((f"item {i}", "") for _ in range(columns)), record=i)
            for i in range(start, start + n)
        ),
        total=1000,
    )


def no_mark(row: Row) -> tuple[str, str]:
    return ("", "")


class Panels(App):
    CSS = """
    #top { height: 2fr; }
    #actors, #figures { width: 1fr; height: 100%; }
    #changes { height: 6; }
    .panel { border: round $primary; }
    """

    def compose(self) -> ComposeResult:
        with Vertical():
            with Horizontal(id="top"):
                yield ActorsPanel(id="actors", classes="panel")
                yield FiguresPanel(id="figures", classes="panel")
            yield ChangesLog(id="changes", classes="panel")


@pytest.fixture
def layouts(monkeypatch) -> list[int]:
    count = [0]
    original = Screen._refresh_layout

    def counted(self, *args, **kwargs):
        count[0] += 1
        return original(self, *args, **kwargs)

    monkeypatch.setattr(Screen, "_refresh_layout", counted)
    return count


async def settle(pilot) -> None:
    for _ in range(5):
        await pilot.pause()


async def test_an_update_at_the_row_cap_lays_nothing_out(layouts):
    app = Panels()
    async with app.run_test(size=(160, 50)) as pilot:
        tables = [app.query_one("#actors", ActorsPanel), app.query_one("#figures", FiguresPanel)]
        for t in tables:
            t.apply_rows(rows(0, CAP, len(t.columns) - 1), no_mark)
        await settle(pilot)
        tables[0].move_cursor(row=5, animate=False)
        tables[0].stats.update(removed=0, added=0)
        layouts[0] = 0
        for n in (1, 2, 3):  # one row in, one out, each time
            for t in tables:
                t.apply_rows(rows(n, CAP, len(t.columns) - 1), no_mark)
            await settle(pilot)
        assert layouts[0] == 0
        assert [t.row_count for t in tables] == [CAP, CAP]
        assert tables[0].stats["removed"] == 3 and tables[0].stats["added"] == 3
        assert tables[0].current_key() == "k5"  # the cursor stayed on its row
        assert "item 122" in str(tables[1].get_row("k122")[1])


async def test_a_table_whose_rows_grow_still_lays_out(layouts):
    # Near miss: more rows change the table's virtual size (its scrollbar), which a layout tells it.
    app = Panels()
    async with app.run_test(size=(160, 50)) as pilot:
        table = app.query_one("#figures", FiguresPanel)
        table.apply_rows(rows(0, 5, len(table.columns) - 1), no_mark)
        await settle(pilot)
        layouts[0] = 0
        table.apply_rows(rows(1, 90, len(table.columns) - 1), no_mark)  # one out, 86 in: more than fit
        await settle(pilot)
        assert layouts[0] >= 1
        assert table.show_vertical_scrollbar


async def test_a_new_log_line_lays_nothing_out_and_moves_the_scrollbar(layouts):
    app = Panels()
    async with app.run_test(size=(160, 50)) as pilot:
        log = app.query_one(ChangesLog)
        for i in range(3):
            log.log_change(("a.txt",), f"warm {i}", "12:00:00")
        await settle(pilot)
        layouts[0] = 0
        for i in range(12):
            log.log_change(("wire/b.txt",), f"{i} figures added" + "!" * i, "12:00:01")
            await settle(pilot)
        assert layouts[0] == 0
        assert len(log.lines) == 15
        assert log.vertical_scrollbar.window_virtual_size == 15
        assert log.scroll_y == log.max_scroll_y > 0  # still follows the newest line


async def test_a_log_line_wider_than_the_log_still_lays_out(layouts):
    # Near miss: an unwrapped line wider than the log brings a horizontal scrollbar, which needs the layout.
    app = Panels()
    async with app.run_test(size=(160, 50)) as pilot:
        log = app.query_one(ChangesLog)
        log.log_change(("a.txt",), "warm", "12:00:00")
        await settle(pilot)
        layouts[0] = 0
        log.write("x" * 400, width=400)
        await settle(pilot)
        assert layouts[0] >= 1
        assert log.show_horizontal_scrollbar
