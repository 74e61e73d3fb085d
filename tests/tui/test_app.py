"""The dashboard shows the story and follows the folder live (Pilot)."""

from __future__ import annotations

import os

from tests.tui.conftest import ARTICLE_A, ARTICLE_B, wait_for
from tui.app import make_app
from tui.widgets.actors import ActorsPanel
from tui.widgets.claims import ClaimsPanel
from tui.widgets.figures import FiguresPanel


def actor_names(app) -> set[str]:
    return {a.name for a in app.story.actors} if app.story else set()


def table_text(table) -> str:
    return "\n".join(" ".join(str(c) for c in table.get_row_at(i)) for i in range(table.row_count))


async def test_shows_story_then_follows_create_edit_delete(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in actor_names(app))
        assert "Jane Smith" in table_text(app.query_one(ActorsPanel))
        assert "1,200" in table_text(app.query_one(FiguresPanel))
        assert "hard day" in table_text(app.query_one(ClaimsPanel))

        # A new article merges into the story.
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in actor_names(app))
        assert len(app.story.documents) == 2

        # Editing in place replaces the old facts.
        (seeds / "lazard.txt").write_text(ARTICLE_B.replace("Tom Baker", "Mary Jones"), encoding="utf-8")
        await wait_for(pilot, lambda: "Mary Jones" in actor_names(app) and "Tom Baker" not in actor_names(app))

        # An editor's atomic save (write a temp file, rename over) is one modification.
        tmp = seeds / ".acme.txt.swp"
        tmp.write_text(ARTICLE_B.replace("Tom Baker", "Ann Lee"), encoding="utf-8")
        os.replace(tmp, seeds / "acme.txt")
        await wait_for(pilot, lambda: "Ann Lee" in actor_names(app) and "Jane Smith" not in actor_names(app))

        # Deleting every file empties the panels.
        (seeds / "acme.txt").unlink()
        (seeds / "lazard.txt").unlink()
        await wait_for(pilot, lambda: app.story is not None and not app.story.documents)
        assert app.query_one(ActorsPanel).row_count == 0


async def test_the_latest_draft_is_parsed_into_the_cache_after_start_up(seeds, tmp_path, nlp):
    from extract.engine import Engine
    from extract.pipeline import DocCache, model_key, paragraphs
    from extract.repair import repair

    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    os.utime(seeds / "acme.txt", (1_000, 1_000))  # lazard.txt is the draft saved last
    first = make_app(seeds, state_dir=tmp_path / "state", engine=Engine(nlp=nlp), config=tmp_path / "config")
    async with first.run_test(size=(140, 40)) as pilot:  # indexes both files into the store
        await wait_for(pilot, lambda: first.story is not None and len(first.story.documents) == 2 and not first._busy)
    # A new launch with an empty paragraph cache: the store has every fact, only the latest draft is parsed.
    app = make_app(seeds, state_dir=tmp_path / "state", engine=Engine(nlp=nlp), config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.tracker is not None and not app._busy)
        await wait_for(pilot, lambda: not app.warming)
        cache, key = app.engine.cache, model_key(nlp)
        cached = {p for _, p in paragraphs(repair(ARTICLE_B).text) if DocCache.key(key, p) in cache}
        assert cached == {p for _, p in paragraphs(repair(ARTICLE_B).text)}
        assert not any(DocCache.key(key, p) in cache for _, p in paragraphs(repair(ARTICLE_A).text))


async def test_a_failed_parse_ahead_of_the_draft_is_logged_not_shown(seeds, tmp_path, engine, monkeypatch):
    def broken(*args, **kwargs):
        raise RuntimeError("disk gone")

    monkeypatch.setattr(engine, "warm", broken)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.tracker is not None and not app._busy)
        await wait_for(pilot, lambda: not app.warming)
        await pilot.pause(0.2)
        assert not [n for n in app._notifications if "failed" in str(n.message)]
        assert "Jane Smith" in actor_names(app)


async def test_pause_queues_changes_until_resumed(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in actor_names(app))
        await pilot.press("p")
        assert app.paused
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: len(app._dirty) >= 1)
        await pilot.pause(0.6)
        assert "Tom Baker" not in actor_names(app)
        await pilot.press("p")
        await wait_for(pilot, lambda: "Tom Baker" in actor_names(app))


async def test_markup_in_articles_is_shown_literally(seeds, tmp_path, engine):
    (seeds / "acme.txt").write_text(
        "\u201c[bold red]Free[/] \x1b[31mlunch\x1b[0m for all,\u201d said Jane Smith of Acme Corp.\n", encoding="utf-8"
    )
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.quotes)
        text = table_text(app.query_one(ClaimsPanel))
        assert "[bold red]Free[/]" in text
        assert "\x1b" not in text


async def test_quitting_at_start_up_stops_the_worker(seeds, tmp_path, engine, monkeypatch):
    """Quit while the worker is still making the engine: it closes it and reads nothing, rather than indexing on."""
    import threading
    import time

    import extract.engine

    made: list[object] = []
    extracted: list[int] = []
    gone = threading.Event()
    entered = threading.Event()

    class SlowEngine:
        def __init__(self, *args, **kwargs) -> None:
            entered.set()
            gone.wait(20)  # importing spaCy and loading the model outlast the app (on a loaded box, too)
            self.closed = False
            self.nlp = engine.nlp
            made.append(self)

        def extract_files(self, files, progress=None, **kwargs):
            extracted.append(len(list(files)))
            return []

        def close(self) -> None:
            self.closed = True

    monkeypatch.setattr(extract.engine, "Engine", SlowEngine)
    app = make_app(seeds, state_dir=tmp_path / "state", config=tmp_path / "config")
    async with app.run_test() as pilot:
        # Quit once the worker is making the engine (a worker that sees the quit before that makes none at all; on
        # a loaded box it may not have got there in a fixed pause).
        for _ in range(400):
            if entered.is_set():
                break
            await pilot.pause(0.05)
        assert entered.is_set()
    gone.set()
    # The worker finishes making the engine (and its lookup tables) after the app is gone, then stops.
    deadline = time.monotonic() + 20
    while not (made and all(e.closed for e in made)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert made and all(e.closed for e in made)
    time.sleep(0.3)
    assert extracted == []


async def test_worker_processes_left_by_an_index_are_stopped_once_idle(seeds, tmp_path, monkeypatch):
    """Each worker process holds a loaded model: an app left open for hours must not keep them once indexing is
    done (a stand-in engine reports a pool, so no processes are started here)."""
    import tui.app as app_mod
    from tests.tui.fixed_story import FixedEngine

    class PooledEngine(FixedEngine):
        released = 0
        while_busy = False

        @property
        def has_pool(self) -> bool:
            return self.released == 0

        def release_pool(self) -> bool:
            self.released += 1
            self.while_busy |= app._busy
            return True

    monkeypatch.setattr(app_mod, "POOL_IDLE_S", 0.2)
    engine = PooledEngine()
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, use_store=False, config=tmp_path / "config")
    async with app.run_test() as pilot:
        await wait_for(pilot, lambda: engine.released == 1, timeout=60)
        assert app.story is not None and app.story.documents
        assert not engine.while_busy  # never while a batch may need them


async def test_an_edit_read_in_this_process_does_not_keep_idle_worker_processes(seeds, tmp_path, monkeypatch):
    """The workers' idle clock restarts only after a batch that ran on them: an edit is read in this process, and
    saves less than POOL_IDLE_S apart must not keep a loaded model per core alive (a stand-in engine counts pool
    batches, so no processes are started here)."""
    import tui.app as app_mod
    from tests.tui.fixed_story import FixedEngine

    class PooledEngine(FixedEngine):
        pooled = True
        read = 0

        @property
        def has_pool(self) -> bool:
            return True

        def release_pool(self) -> bool:
            return True

        def extract_files(self, files, progress=None, **kwargs):
            self.read += 1
            if self.pooled:
                self.pool_batches += 1
            return super().extract_files(files, progress, **kwargs)

    monkeypatch.setattr(app_mod, "POOL_IDLE_S", 600.0)
    engine = PooledEngine()
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, use_store=False, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and app._pool_timer is not None)
        indexed = app._pool_timer
        engine.pooled = False  # an edit: read in this process
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in actor_names(app) and not app._busy)
        await pilot.pause(0.2)
        assert app._pool_timer is indexed
        engine.pooled = True  # a batch on the workers restarts the clock
        read = engine.read
        (seeds / "lazard.txt").write_text(ARTICLE_B + "Tom Baker said more.\n", encoding="utf-8")
        await wait_for(pilot, lambda: engine.read > read and not app._busy)
        await wait_for(pilot, lambda: app._pool_timer is not indexed)


async def test_the_story_is_saved_for_the_next_launch_only_once_it_is_on_screen(seeds, tmp_path, engine, monkeypatch):
    """Saving holds the interpreter for a while: an update is painted first, then saved."""
    import tui.app as app_mod
    import tui.tracker as tracker_mod

    saved: list[bool] = []
    original = tracker_mod.StoryTracker.save_snapshot

    def save(tracker) -> None:
        saved.append(app._painted_story is tracker.story)
        original(tracker)

    monkeypatch.setattr(tracker_mod.StoryTracker, "save_snapshot", save)
    monkeypatch.setattr(tracker_mod, "SNAPSHOT_EVERY_S", 0.0)  # every update is due for a save
    monkeypatch.setattr(app_mod, "FIRST_PAINT_WAIT_S", 60.0)  # a loaded machine can take seconds to paint
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: len(saved) >= 1)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: len(saved) >= 2 and "Tom Baker" in actor_names(app))
    assert saved[:2] == [True, True]


async def test_the_paragraph_cache_is_packed_beyond_its_doc_budget_after_an_update(seeds, tmp_path, nlp):
    from extract.engine import Engine

    engine = Engine(nlp=nlp)
    engine.cache.doc_bytes = 0  # every paragraph beyond the budget: an update leaves them all packed
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and not app.warming)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in actor_names(app))
        await wait_for(pilot, lambda: engine.cache.packed > 0 and engine.cache.doc_nbytes == 0)
        assert "Tom Baker" in table_text(app.query_one(ActorsPanel))
