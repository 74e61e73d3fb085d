"""An idle app keeps no timer running but its look at the story folder: each timer wakes the event loop (and the
CPU) as often as it fires, shown or not."""

from __future__ import annotations

from textual.widgets import ProgressBar

from tests.tui.conftest import ARTICLE_B, wait_for
from tests.tui.fixed_story import FixedEngine
from tui.app import ROOT_CHECK_TIMER, make_app
from tui.messages import IndexProgress


def running_intervals(app) -> list[str]:
    """The names of the repeating timers running now, of the app and every node on its screens."""
    nodes = [app]
    for screen in app.screen_stack:
        nodes += [screen, *screen.walk_children()]
    names = []
    for node in nodes:
        for timer in list(node._timers):  # Textual keeps no public list of a node's timers
            running = timer._task is not None and not timer._task.done() and timer._active.is_set()
            if timer._repeat is None and running:  # (Screen keeps a paused one for its updates)
                names.append(timer.name)
    return sorted(names)


async def settled(pilot) -> None:
    """Wait until the app has shown the two-article story, read what it had to and watches the folder."""
    app = pilot.app
    await wait_for(
        pilot,
        lambda: (
            app.story is not None
            and len(app.story.documents) == 2
            and not app._busy
            and not app.warming
            and app._watcher is not None
        ),
    )


async def test_an_idle_app_runs_no_timer_but_its_look_at_the_story_folder(seeds, tmp_path):
    """A cold start (every file read) and a warm start (nothing to read: the stored story is the folder's). Textual's
    ProgressBar, mounted for good, ran a one-second timer and, never given a total after a warm start, a
    15-a-second animation while hidden: an idle app woke 16 times a second (0.8 % CPU)."""
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    for start in ("cold", "warm"):
        app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
        async with app.run_test(size=(140, 40)) as pilot:
            await settled(pilot)
            await pilot.pause()
            assert running_intervals(app) == [ROOT_CHECK_TIMER], start


async def test_the_progress_bar_and_its_timers_go_once_a_batch_is_read(seeds, tmp_path):
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        app.post_message(IndexProgress(1, 3))
        await pilot.pause()
        bar = app.dashboard.query_one(ProgressBar)
        assert bar.display and bar.progress == 1 and bar.total == 3 and bar.region.height == 1
        app.post_message(IndexProgress(3, 3))
        await pilot.pause()
        assert not app.dashboard.query(ProgressBar)
        assert running_intervals(app) == [ROOT_CHECK_TIMER]


async def test_a_new_batch_right_after_one_ends_shows_its_own_bar(seeds, tmp_path):
    """The bar of a batch just done is removed only once the removal is processed: a new batch's bar, in the same
    handler, must not clash with it (a fixed id raised DuplicateIds: review s26 rev3f LOW 8)."""
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    app = make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await settled(pilot)
        app.dashboard.show_progress(1, 3)
        await pilot.pause()
        app.dashboard.show_progress(3, 3)
        app.dashboard.show_progress(1, 2)
        await pilot.pause()
        (bar,) = app.dashboard.query(ProgressBar)
        assert bar.display and bar.progress == 1 and bar.total == 2
