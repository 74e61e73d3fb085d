"""After a sort the panel shows the top of the new order (review s29 RT1, RT1b of cc383db): with the cursor mid-list,
'Who ▲' showed 'Joshua Apte', 'Kristi Noem', ... since each later chunk of a table filled afresh put the cursor back on
its old fact."""

from __future__ import annotations

from tests.tui.test_sort_whole_view import STYLES, FiguresApp, _rows
from tui.widgets.figures import FiguresPanel


async def test_a_sorted_table_filled_in_chunks_ends_at_its_top():
    app = FiguresApp()
    async with app.run_test(size=(100, 20)) as pilot:
        panel = app.query_one(FiguresPanel)
        natural = _rows(figures_ditto=False).figures
        panel.show_rows(natural, set(), STYLES)
        for _ in range(4):
            await pilot.pause()
        panel.move_cursor(row=90, animate=False)
        await pilot.pause()
        old = panel.current_key()
        panel.sort_column, panel.sort_reverse = "value", True
        panel.top_after_sort = True  # as the dashboard sets it for a sort made over the whole view
        ordered = _rows(figures_sort=("value", True), figures_ditto=False).figures
        assert len(ordered.rows) > 100  # more than a chunk: filled over several refreshes
        panel.show_rows(ordered, set(), STYLES)
        for _ in range(6):
            await pilot.pause()
        assert panel.row_count == len(ordered.rows)
        assert panel.cursor_row == 0 and panel.current_key() != old
        assert panel.scroll_y == 0
