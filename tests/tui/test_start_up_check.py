"""The store's integrity check (a read of the whole file) runs after the stored story's head is painted, not before.

A damaged store is still moved aside and rebuilt, and the story is read from its files again.
"""

from __future__ import annotations

from extract.store import Store
from tests.tui.conftest import wait_for
from tui.app import make_app


async def _fill(seeds, tmp_path, engine) -> None:
    first = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with first.run_test(size=(140, 40)) as pilot:  # quitting saves the story: the next launch paints its head
        await wait_for(pilot, lambda: first.story is not None and first.tracker is not None and not first._busy)


async def test_the_store_is_checked_once_the_head_is_painted(seeds, tmp_path, engine, monkeypatch):
    """The whole-file check (PRAGMA quick_check) runs once, after the stored story's head is on screen (review s16
    LOW-1: the first version of this test watched Store.check, which also runs, as a no-op, when open checked)."""
    import extract.store

    await _fill(seeds, tmp_path, engine)
    painted_then: list[bool] = []
    original = extract.store._quick_check

    def quick_check(conn):
        painted_then.append(app._painted_story is not None and "totals" in app._painted_story.extra)
        return original(conn)

    monkeypatch.setattr(extract.store, "_quick_check", quick_check)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy)
        assert painted_then == [True]
        assert app.tracker.store is not None and app.tracker.store.notice is None


async def test_a_damaged_store_is_rebuilt_after_the_head(seeds, tmp_path, engine):
    """Near miss: the check still finds damage the head's read did not meet; the story is read from the files."""
    await _fill(seeds, tmp_path, engine)
    with Store.open(seeds, tmp_path / "state") as store:
        path = store.path
        store._conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")  # the write-ahead log folded into the file
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[6 * 4096 : 8 * 4096] = b"\xa5" * (2 * 4096)
    path.write_bytes(bytes(data))
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and app.story is not None)
        store = app.tracker.store
        assert store is not None and store.notice is not None and "corrupt" in store.notice
        assert "Jane Smith" in {a.name for a in app.story.actors}
