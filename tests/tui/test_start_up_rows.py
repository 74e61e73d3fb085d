"""At launch the panels' rows are made once, for the panels' real widths.

The dashboard told workers its panels' widths (``row_inputs``) when it mounted, before any layout, when every panel
is 0 wide: the stored story's rows were made for width 0 (in the worker or on the event loop) and again as soon as
the panels were laid out, 65-80 ms of the event loop each at 1,000 files, before the first paint.
"""

from __future__ import annotations

import pytest

import tui.app
import tui.screens.dashboard
from tests.tui.conftest import wait_for
from tui.app import make_app
from tui.widgets.actors import ActorsPanel
from tui.widgets.claims import ClaimsPanel


async def _fill(seeds, tmp_path, engine) -> None:
    first = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with first.run_test(size=(140, 40)) as pilot:  # quitting saves the story: the next launch paints it
        await wait_for(pilot, lambda: first.story is not None and first.tracker is not None and not first._busy)


def _recording(monkeypatch) -> list[tuple[int, int, int]]:
    made: list[tuple[int, int, int]] = []
    for module in (tui.app, tui.screens.dashboard):
        real = module.prepare_rows

        def prepare_rows(story, first_seen, inputs, *args, _real=real, **kwargs):
            made.append((inputs.claims_width, inputs.figures_width, inputs.actors_width))
            return _real(story, first_seen, inputs, *args, **kwargs)

        monkeypatch.setattr(module, "prepare_rows", prepare_rows)
    return made


async def test_a_launch_makes_no_rows_for_panels_without_a_width(seeds, tmp_path, engine, monkeypatch):
    await _fill(seeds, tmp_path, engine)
    made = _recording(monkeypatch)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and app.story is not None)
        await pilot.pause()
        assert made and all(0 not in widths for widths in made), made
        claims = app.dashboard.query_one(ClaimsPanel)
        assert claims.row_count > 0 and claims._rendered_width == claims.size.width


@pytest.mark.parametrize("size", [(80, 24)])
async def test_a_narrow_launch_still_fills_the_panel_shown(seeds, tmp_path, engine, size):
    """Near miss: with tabs only the active panel is laid out; it gets its rows (the others when shown)."""
    await _fill(seeds, tmp_path, engine)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=size) as pilot:
        await wait_for(pilot, lambda: app.dashboard.query_one(ActorsPanel).row_count > 0)
        await pilot.press("3")
        await wait_for(pilot, lambda: app.dashboard.query_one(ClaimsPanel).row_count > 0)
