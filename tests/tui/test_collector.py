"""The live app runs with the long-run collector thresholds and puts the previous ones back when it goes away."""

from __future__ import annotations

import gc

from extract.bulk import LONG_RUN_THRESHOLDS
from tests.tui.conftest import tidy_calls_after_a_save, wait_for
from tui.app import make_app


async def test_the_app_raises_the_collector_thresholds_while_it_runs(seeds, tmp_path, engine):
    before = gc.get_threshold()
    assert before != LONG_RUN_THRESHOLDS
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
        assert gc.get_threshold() == LONG_RUN_THRESHOLDS
    assert gc.get_threshold() == before


async def test_after_a_save_is_painted_the_app_collects_the_young_generation(seeds, tmp_path, engine, monkeypatch):
    """The next save then does not meet that collection on its way to the screen (extract.bulk.collect_young)."""
    app, calls = await tidy_calls_after_a_save(seeds, tmp_path, engine, monkeypatch, "collect_young")
    assert calls == [app.story]  # once, and after the story it collects behind was painted
    assert any(a.name == "Tom Baker" for a in app.story.actors)
