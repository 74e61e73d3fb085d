"""Going away puts the process back as it was, even when saving the story on the way out fails."""

from __future__ import annotations

import gc

import pytest

from extract.bulk import LONG_RUN_THRESHOLDS
from tests.tui.conftest import wait_for
from tui.app import make_app


async def test_collector_thresholds_come_back_when_saving_fails(seeds, tmp_path, engine, monkeypatch):
    before = gc.get_threshold()
    assert before != LONG_RUN_THRESHOLDS
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")

    def broken_snapshot() -> None:
        raise OSError("disk full")

    with pytest.raises(OSError, match="disk full"):
        async with app.run_test(size=(100, 30)) as pilot:
            await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
            assert gc.get_threshold() == LONG_RUN_THRESHOLDS
            monkeypatch.setattr(app.tracker, "save_snapshot", broken_snapshot)
    assert gc.get_threshold() == before


async def test_a_status_change_or_redraw_while_the_screen_is_torn_down_raises_nothing(seeds, tmp_path, engine):
    """A status or pause change can arrive while the app closes and its widgets are already gone: the header's
    redraw then has nothing to draw on (a NoMatches from it once failed a test at exit)."""
    from tui.widgets.changes import ChangesLog
    from tui.widgets.header import StoryHeader

    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
        await app.dashboard.query_one(StoryHeader).remove()
        await app.dashboard.query_one(ChangesLog).remove()
        app.status = "closing"
        app.paused = not app.paused
        app._pending_log.append(((), "a change logged while closing", "12:00:00"))
        app.redraw()
        await pilot.pause()
        assert app.return_code is None


async def test_a_clean_quit_leaves_no_write_ahead_log_beside_the_store(seeds, tmp_path, engine):
    """After both instances quit cleanly, the store's -wal (6.6-7.1 MB) and -shm stayed (probe s27 r14)."""
    from extract.store import store_path

    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
        path = store_path(seeds, tmp_path / "state")
        assert path.with_name(path.name + "-wal").exists()
    assert path.exists() and not path.with_name(path.name + "-wal").exists()
    assert not path.with_name(path.name + "-shm").exists()
