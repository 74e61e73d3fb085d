"""With tabs (a narrow terminal) the panels not shown get rows made for the width they will have when shown.

A hidden panel is 0 wide: its rows were made for that, and made again when its tab was chosen (for a large story in
a worker, behind the extraction): the tab showed the rows of an older story in columns for another width for
0.5-2 s (review s16 MED-1). Each panel shown takes the whole width, so the rows made ahead fit it.
"""

from __future__ import annotations

from tests.tui.conftest import wait_for
from tui.app import make_app
from tui.widgets.actors import ActorsPanel
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel


async def test_rows_of_a_hidden_tab_fit_it_when_it_is_shown(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(80, 24)) as pilot:
        dash = app.dashboard
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and dash.rows is not None)
        await pilot.pause()
        shown = dash.query_one(ActorsPanel).size.width
        inputs = dash.row_inputs
        assert inputs is not None and shown > 0
        assert inputs.claims_width == inputs.figures_width == inputs.actors_width == shown
        rows = dash.rows
        await pilot.press("3")
        await wait_for(pilot, lambda: dash.query_one(ClaimsPanel).size.width > 0)
        for _ in range(3):
            await pilot.pause()
        assert dash.query_one(ClaimsPanel).size.width == inputs.claims_width
        assert dash.rows is rows  # the rows made ahead fit: none made again for the tab


async def test_wide_panels_keep_their_own_widths(seeds, tmp_path, engine):
    """Near miss: side by side every panel is shown and its rows are made for its own width."""
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        dash = app.dashboard
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and dash.rows is not None)
        await pilot.pause()
        inputs = dash.row_inputs
        assert inputs.claims_width == dash.query_one(ClaimsPanel).size.width
        assert inputs.actors_width == dash.query_one(ActorsPanel).size.width
        assert inputs.figures_width == dash.query_one(FiguresPanel).size.width
        assert inputs.claims_width > inputs.actors_width > 0


async def test_rows_of_the_claims_tab_fit_it_when_coming_from_the_changes_tab(seeds, tmp_path, engine):
    """Review s16 MED-r2-3: with the Changes tab shown every fact panel is hidden; the width comes from it."""
    from tui.widgets.changes import ChangesLog

    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(80, 24)) as pilot:
        dash = app.dashboard
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and dash.rows is not None)
        await pilot.press("4")
        await wait_for(pilot, lambda: dash.query_one(ChangesLog).size.width > 0)
        dash.render_story()
        await pilot.pause()
        width = dash.query_one(ChangesLog).size.width
        assert dash.row_inputs is not None and dash.row_inputs.claims_width == width
