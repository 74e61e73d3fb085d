"""A table's rendered lines are kept by the row they show, not by its position.

After an update (a saved edit, a new article) DataTable renders every visible line again, which was most of the
update's paint on a dashboard with three full panels. FactTable keeps each line by the row's key, cells, zebra
stripe and look, so a row that only moved (rows came or went above it) is not rendered again; what it shows must
still be exactly what DataTable would render now (cell edits, cursor, hover, width), and a click must land on the
row that is now under the mouse.
"""

from __future__ import annotations

import pytest
from textual.app import App, ComposeResult
from textual.dom import DOMNode
from textual.geometry import Region
from textual.widgets import DataTable

from tui.widgets.table import FactTable, PanelRows, Row


class Table(FactTable):
    def __init__(self) -> None:
        super().__init__(id="t")
        self.add_column("", key="new", width=1)
        self.add_column("Name", key="name")
        self.add_column("#", key="n")


class TableApp(App[None]):
    CSS = "#t { height: 1fr; }"

    def compose(self) -> ComposeResult:
        yield Table()


def rows(*items: tuple[str, int]) -> PanelRows:
    return PanelRows(tuple(Row(name, ((name, ""), (str(n), "bold")), name) for name, n in items))


def no_mark(row: Row) -> tuple[str, str]:
    return ("", "")


BASE = [(f"row{i:02d}", i) for i in range(40)]


async def settle(pilot) -> None:
    for _ in range(3):
        await pilot.pause()


def assert_lines_are_datatables(table: Table) -> None:
    """Every visible line is what DataTable itself renders for the table as it is now (metadata included)."""
    x = int(table.scroll_x)
    for y in range(table.size.height):
        yy = y if y < table.header_height else y + int(table.scroll_y)
        ours = table._render_line(yy, x, x + table.size.width, table.rich_style)
        theirs = DataTable._render_line(table, yy, x, x + table.size.width, table.rich_style)
        assert list(ours) == list(theirs), f"line {y}: {ours.text!r} != {theirs.text!r}"


async def test_rows_added_above_keep_the_lines_of_the_rows_below():
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=8, animate=False)
        await settle(pilot)
        before = dict(table.line_stats)
        table.apply_rows(rows(("new1", 1), ("new2", 2), *BASE), no_mark)  # two rows above: same stripes below
        await settle(pilot)
        rendered = table.line_stats["rendered"] - before["rendered"]
        moved = table.line_stats["moved"] - before["moved"]
        assert rendered <= 3, rendered  # the two new rows and the row they push into view (before: every line)
        assert moved >= table.size.height - 4
        assert table.current_key() == "row08"
        assert_lines_are_datatables(table)


async def test_a_click_after_rows_moved_selects_the_row_under_the_mouse():
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        await settle(pilot)
        table.apply_rows(rows(("new1", 1), ("new2", 2), *BASE), no_mark)
        await settle(pilot)
        await pilot.click(Table, offset=(3, table.header_height + 6))  # display row 6: row04, drawn at row 4 before
        await settle(pilot)
        assert table.current_key() == "row04"
        await pilot.hover(Table, offset=(3, table.header_height + 9))
        await settle(pilot)
        assert table.hover_coordinate.row == 9
        assert_lines_are_datatables(table)


async def test_lines_repaint_for_an_edit_the_cursor_hover_a_wider_column_and_a_resize():
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=3, animate=False)
        await settle(pilot)
        assert_lines_are_datatables(table)
        # A cell changes under the same key (and two rows come above, so the row also moves).
        edited = [("new1", 1), ("new2", 2), *((n, 99 if n == "row05" else v) for n, v in BASE)]
        table.apply_rows(rows(*edited), no_mark)
        await settle(pilot)
        assert "99" in table.render_line(table.header_height + 7).text
        assert_lines_are_datatables(table)
        # The NEW mark of a row changes.
        table.apply_rows(rows(*edited), lambda r: ("N", "bold") if r.key == "row06" else ("", ""))
        await settle(pilot)
        assert table.render_line(table.header_height + 8).text.startswith(" N")
        assert_lines_are_datatables(table)
        # The cursor and the hover move.
        table.move_cursor(row=4, animate=False)
        await pilot.hover(Table, offset=(3, table.header_height + 2))
        await settle(pilot)
        assert_lines_are_datatables(table)
        # A wider cell widens its column; a narrower terminal narrows the table.
        table.apply_rows(rows(*edited[:10], ("a much longer name than before", 7), *edited[10:]), no_mark)
        await settle(pilot)
        assert_lines_are_datatables(table)
        await pilot.resize_terminal(40, 15)
        await settle(pilot)
        assert_lines_are_datatables(table)
        # Rows removed above (one: the stripes of every row below change).
        table.apply_rows(rows(*edited[1:]), no_mark)
        await settle(pilot)
        assert_lines_are_datatables(table)


async def test_a_row_added_above_repaints_the_rows_below_on_their_new_stripe_without_rendering_them():
    # One row above moves every row below to the other zebra stripe: their lines are the cached ones with the
    # other stripe's background, exactly what DataTable renders there (cells with a style of their own included).
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), lambda r: ("N", "bold") if r.key == "row04" else ("", ""))
        table.move_cursor(row=8, animate=False)
        await settle(pilot)
        before = dict(table.line_stats)
        table.apply_rows(rows(("new1", 1), *BASE), lambda r: ("N", "bold") if r.key == "row04" else ("", ""))
        await settle(pilot)
        rendered = table.line_stats["rendered"] - before["rendered"]
        assert rendered <= 3, rendered  # the new row, the row it pushes into view, the cursor row (before: all)
        assert table.line_stats["restriped"] - before["restriped"] >= table.size.height - 4
        assert table.current_key() == "row08"
        assert_lines_are_datatables(table)
        await pilot.click(Table, offset=(3, table.header_height + 5))  # display row 5: row04
        await settle(pilot)
        assert table.current_key() == "row04"
        assert_lines_are_datatables(table)


@pytest.mark.parametrize("background", ["on red", "other stripe", "warning"])
async def test_a_cell_with_its_own_background_is_rendered_on_its_new_stripe(background: str):
    # Near miss: a cell whose style sets a background could not tell its background from the stripe's: a colour of
    # its own, the very colour of the stripe it moves from, or a style Rich cannot parse (drawn as none; it must
    # not crash the table either).
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        if background == "other stripe":
            # row04 moves from an even stripe to an odd one
            background = "on " + table.get_component_styles("datatable--even-row").rich_style.bgcolor.name

        def mark(row: Row) -> tuple[str, str]:
            return ("N", background) if row.key == "row04" else ("", "")

        table.apply_rows(rows(*BASE), mark)
        await settle(pilot)
        before = dict(table.line_stats)
        table.apply_rows(rows(("new1", 1), *BASE), mark)
        await settle(pilot)
        assert table.line_stats["rendered"] - before["rendered"] >= 2  # row04 (and the new row)
        assert_lines_are_datatables(table)


def _forget_lines(table: Table) -> None:
    """Drop every rendered line and cell, ours and DataTable's, so the next pass renders them all."""
    table._lines.clear()
    table._line_cache.clear()
    table._row_render_cache.clear()
    table._cell_render_cache.clear()
    table._styles_cache.clear()  # the widget's own cache of the lines it drew last


async def test_a_render_pass_works_out_the_table_and_stripe_styles_once(monkeypatch):
    # DataTable walked the styles of every ancestor for the table's style and again for the row's stripe on each
    # line it drew (and the line cache's stripe check twice more): 4-5 walks a line, about a fifth of a new article's
    # paint. Within one pass nothing can restyle the table: each of those is worked out once.
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        table.move_cursor(row=3, animate=False)
        await settle(pilot)
        _forget_lines(table)
        walks = []
        real = DOMNode.rich_style
        monkeypatch.setattr(DOMNode, "rich_style", property(lambda node: walks.append(node) or real.fget(node)))
        lines = table.render_lines(Region(0, 0, table.size.width, table.size.height))
        assert len(lines) == table.size.height >= 15
        # Left: DataTable works out the header's style for each row it renders (one walk a line). Before: 94 here.
        assert len(walks) <= len(lines) + 8, len(walks)
        monkeypatch.undo()
        assert_lines_are_datatables(table)


async def test_lines_drawn_in_a_pass_are_datatables_after_a_theme_change():
    # Near miss: styles kept for one pass only; the next pass (a new theme, its stripes) works them out again.
    app = TableApp()
    async with app.run_test(size=(60, 20)) as pilot:
        table = app.query_one(Table)
        table.apply_rows(rows(*BASE), no_mark)
        await settle(pilot)

        def drawn_in_a_pass() -> list:
            table._pass_styles = {}
            try:
                return [list(table._render_line(y, 0, table.size.width, table.rich_style)) for y in range(12)]
            finally:
                table._pass_styles = None
                table._pass_widths = None

        def datatables() -> list:
            style = real(table)
            return [list(DataTable._render_line(table, y, 0, table.size.width, style)) for y in range(12)]

        real = DOMNode.rich_style.fget
        assert drawn_in_a_pass() == datatables()
        before = drawn_in_a_pass()
        app.theme = "textual-light" if app.theme != "textual-light" else "nord"
        await settle(pilot)
        _forget_lines(table)
        after = drawn_in_a_pass()
        assert after == datatables()
        assert after != before
