"""An update that takes a while says what it reads (probe s30 U7, U15): a 3 MB file's 54 s, or r on 15 files, left
the screen unchanged, and the reporter pressed r again."""

from __future__ import annotations

import time

from tests.tui.conftest import ARTICLE_A, ARTICLE_B, wait_for
from tui.app import make_app
from tui.widgets.header import StoryHeader


async def test_a_slow_update_says_what_it_reads_until_it_is_done(seeds, tmp_path, engine, monkeypatch):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.status == "" and not app._busy)
        update = app.tracker.update

        def slow(names, progress=None):
            time.sleep(2.0)
            return update(names, progress=progress)

        monkeypatch.setattr(app.tracker, "update", slow)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: app.status == "reading lazard.txt\u2026")
        assert "reading lazard.txt" in app.dashboard.query_one(StoryHeader).content.plain
        await wait_for(pilot, lambda: "Tom Baker" in {a.name for a in app.story.actors})
        await wait_for(pilot, lambda: app.status == "")
        # r on the whole folder: its file count.
        (seeds / "acme.txt").write_text(ARTICLE_A + "\n", encoding="utf-8")
        await wait_for(pilot, lambda: app.status == "" and not app._busy and not app._dirty)
        await pilot.press("r")
        await wait_for(pilot, lambda: app.status == "reading 2 files\u2026")
        await wait_for(pilot, lambda: app.status == "" and not app._busy, timeout=30)
