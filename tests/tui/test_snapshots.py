"""SVG snapshots of the dashboard and a detail view at 80x24 and 160x48.

Deterministic: a fixed story (hand-made facts from a stand-in engine, so engine improvements never change these
pictures), a fixed clock, no store. After an intended visual change:
    pytest tests/tui/test_snapshots.py --snapshot-update
"""

from __future__ import annotations

from datetime import datetime

import pytest

from tests.tui.conftest import wait_for
from tests.tui.fixed_story import ACME, LAZARD, FixedEngine
from tui.app import make_app
from tui.screens.detail import DetailScreen
from tui.widgets.actors import ActorsPanel
from tui.widgets.table import FactTable

FIXED = datetime(2026, 1, 2, 12, 4, 31)
SIZES = [(80, 24), (160, 48)]


@pytest.fixture
def app(tmp_path):
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "acme.txt").write_text(ACME, encoding="utf-8")
    (seeds / "lazard.txt").write_text(LAZARD, encoding="utf-8")
    return make_app(seeds, engine=FixedEngine(), use_store=False, config=tmp_path / "config", clock=lambda: FIXED)


async def settle(pilot) -> None:
    app = pilot.app
    await wait_for(
        pilot, lambda: app.story is not None and len(app.story.documents) == 2 and app.status == "", timeout=60
    )
    app.clear_notifications()
    # DataTable sizes its auto-width columns on a later refresh: wait until every table's widths hold still (a fixed
    # pause was too short on a loaded machine, and the picture then showed half-sized columns).
    tables = list(app.query(FactTable))
    last: list[list[int]] = []
    steady = 0
    while steady < 3:
        await pilot.pause(0.1)
        widths = [[c.get_render_width(t) for c in t.columns.values()] for t in tables]
        # Widths only count as settled once no table has rows or cells left to measure (DataTable measures them when
        # idle; a busy loop once kept header-wide columns steady for 0.3 s and the picture cut every cell).
        pending = any(t._require_update_dimensions or t._new_rows or t._updated_cells for t in tables)
        steady = steady + 1 if widths == last and not pending else 0
        last = widths
    await pilot.wait_for_scheduled_animations()


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_main_screen(snap_compare, app, size):
    assert snap_compare(app, terminal_size=size, run_before=settle)


@pytest.mark.parametrize("size", SIZES, ids=lambda s: f"{s[0]}x{s[1]}")
def test_detail_view(snap_compare, app, size):
    async def open_detail(pilot) -> None:
        await settle(pilot)
        actors = pilot.app.query_one(ActorsPanel)
        actors.move_cursor(row=actors.get_row_index("actor|person|tom baker"), animate=False)
        await pilot.press("enter")
        await wait_for(pilot, lambda: isinstance(pilot.app.screen, DetailScreen) and pilot.app.screen.detail)
        pilot.app.clear_notifications()
        await pilot.pause(0.3)

    assert snap_compare(app, terminal_size=size, run_before=open_detail)
