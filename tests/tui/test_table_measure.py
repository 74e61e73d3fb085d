"""A table measures new rows' cells only in the columns whose width follows their content.

DataTable measures every cell of every new row, also in fixed-width columns where the measure is thrown away; the
claims panel's columns are all fixed and its wrapped claim texts were most of the cost of filling it at launch.
The widths the table ends with, its virtual size and every line it shows must stay exactly DataTable's own.
"""

from __future__ import annotations

from textual.app import App, ComposeResult
from textual.widgets import _data_table

from tui.widgets.table import FactTable, PanelRows, Row

LONG = "Officials said the plan would cost far more than the figure the ministry gave in its spring budget"


class Mixed(FactTable):
    """A fixed mark column, a fixed wrapped text column and an auto-width one (as the figures and actors panels)."""

    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Text", key="text", width=30)
        self.add_column("Who", key="who")


class TableApp(App[None]):
    CSS = "#t { height: 1fr; }"

    def __init__(self, table_cls: type[FactTable]) -> None:
        super().__init__()
        self.table_cls = table_cls

    def compose(self) -> ComposeResult:
        yield self.table_cls()

    @property
    def table(self) -> FactTable:
        return self.query_one(FactTable)


def no_mark(row: Row) -> tuple[str, str]:
    return ("", "")


def rows(n: int) -> PanelRows:
    return PanelRows(
        tuple(
            Row(f"k{i}", ((f"{LONG} {i}", ""), ("Minister " + "X" * (i % 7), "bold")), i, height=1 + i % 3)
            for i in range(n)
        )
    )


def counting(monkeypatch) -> list[object]:
    """Record what DataTable's own measure is asked to measure."""
    seen: list[object] = []
    real = _data_table.measure

    def measure(console, renderable, default, **kwargs):
        seen.append(renderable)
        return real(console, renderable, default, **kwargs)

    monkeypatch.setattr(_data_table, "measure", measure)
    return seen


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


async def _shown(table_cls: type[FactTable]) -> tuple[list[int], object, list[str], FactTable]:
    """Fill a table and return its column widths, virtual size and visible lines."""
    app = TableApp(table_cls)
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.table
        table.apply_rows(rows(12), no_mark)
        await settle(pilot)
        lines = [table._render_line(y, 0, 80, table.rich_style).text for y in range(table.size.height)]
        return [c.get_render_width(table) for c in table.ordered_columns], table.virtual_size, lines, table


async def test_fixed_columns_are_not_measured_and_widths_are_datatables(monkeypatch):
    seen = counting(monkeypatch)
    widths, size, lines, table = await _shown(Mixed)
    assert not any(LONG in str(r) for r in seen), "a fixed-width column's cells were measured"
    who = table.columns[next(k for k in table.columns if k.value == "who")]
    assert who.content_width == len("Minister " + "X" * 6)  # the widest cell of the auto-width column
    assert size.height == table.header_height + sum(1 + i % 3 for i in range(12))
    # DataTable's own measure of every cell of every column gives the same table.
    monkeypatch.setattr(FactTable, "_update_dimensions", _data_table.DataTable._update_dimensions)
    seen.clear()
    theirs = await _shown(Mixed)
    assert any(LONG in str(r) for r in seen)  # (the check above can fail: DataTable does measure them)
    assert (theirs[0], theirs[1], theirs[2]) == (widths, size, lines)


async def test_a_table_of_auto_width_columns_only_is_measured_as_before(monkeypatch):
    """Near miss: with no fixed column DataTable's own measure runs (every cell, every column)."""

    class AllAuto(FactTable):
        def __init__(self) -> None:
            super().__init__(id="t")
            self.add_column("", key="new")
            self.add_column("Name", key="name")

    seen = counting(monkeypatch)
    app = TableApp(AllAuto)
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.table
        table.apply_rows(PanelRows(tuple(Row(f"k{i}", ((f"name {i}", ""),), i) for i in range(5))), no_mark)
        await settle(pilot)
        assert sum("name" in str(r) for r in seen) >= 5


# A new virtual size without a layout of the screen -----------------------------------------------------------------


def _reflows(monkeypatch) -> list[int]:
    from textual import _compositor

    count = [0]
    real = _compositor.Compositor.reflow

    def reflow(self, *args, **kwargs):
        count[0] += 1
        return real(self, *args, **kwargs)

    monkeypatch.setattr(_compositor.Compositor, "reflow", reflow)
    return count


async def test_rows_added_to_a_scrolling_table_lay_nothing_out(monkeypatch):
    """A table whose box its CSS fixes (as every panel's) gets taller content: its scrollbar is updated, and the
    screen is not laid out again (a new article's claims laid the whole dashboard out)."""
    app = TableApp(Mixed)
    async with app.run_test(size=(80, 20)) as pilot:
        table = app.table
        table.apply_rows(rows(12), no_mark)  # taller than the table already: its scrollbar is shown
        await settle(pilot)
        assert table.show_vertical_scrollbar
        reflows = _reflows(monkeypatch)
        table.apply_rows(rows(20), no_mark)
        await settle(pilot)
        assert reflows[0] == 0
        height = table.header_height + sum(1 + i % 3 for i in range(20))
        assert table.virtual_size.height == height
        assert table.vertical_scrollbar.window_virtual_size == height
        table.scroll_end(animate=False)
        await settle(pilot)
        assert table.scroll_y == table.max_scroll_y == height - table.scrollable_content_region.height


async def test_a_scrollbar_that_appears_or_a_table_sized_by_its_content_still_lays_out(monkeypatch):
    """Near misses: rows that first overflow the table bring its scrollbar (a layout), and a table whose height
    follows its content (height: auto) is laid out whenever its rows change."""
    app = TableApp(Mixed)
    async with app.run_test(size=(80, 30)) as pilot:
        table = app.table
        table.apply_rows(rows(3), no_mark)
        await settle(pilot)
        assert not table.show_vertical_scrollbar
        reflows = _reflows(monkeypatch)
        table.apply_rows(rows(20), no_mark)
        await settle(pilot)
        assert table.show_vertical_scrollbar and reflows[0] >= 1
        table.styles.height = "auto"
        await settle(pilot)
        reflows[0] = 0
        table.apply_rows(rows(5), no_mark)
        await settle(pilot)
        assert reflows[0] >= 1 and table.size.height == table.header_height + sum(1 + i % 3 for i in range(5))
