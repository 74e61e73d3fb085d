"""The app's tracker writes re-extracted files' facts after the update is on its way to the screen, not before."""

from __future__ import annotations

from extract.store import Store
from tests.tui.conftest import ARTICLE_A, ARTICLE_B
from tui.tracker import StoryTracker


def make(seeds, tmp_path, engine, defer: bool) -> StoryTracker:
    t = StoryTracker(seeds, engine, Store.open(seeds, tmp_path / "state"))
    t.defer_seen = defer  # as the app sets it (tui/app.py start_story)
    return t


def stored(t: StoryTracker) -> dict[str, str]:
    assert t.store is not None
    return {name: f.document.sha256 for name, f in t.store.load_facts().items()}


def test_deferred_facts_are_written_by_flush_seen(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine, defer=True)
    first = t.update(t.stale_files())
    assert "Jane Smith" in {a.name for a in first.story.actors}
    assert stored(t) == {}  # the update was built and posted without waiting for the write
    t.flush_seen()
    assert set(stored(t)) == {"acme.txt"}

    # A file added then removed before the next flush: the store ends as the folder is.
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    t.update(["lazard.txt"])
    (seeds / "lazard.txt").unlink()
    t.update(["lazard.txt"])
    # And a file edited twice: its newest facts are the ones stored.
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200", "1,300"), encoding="utf-8")
    t.update(["acme.txt"])
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200", "1,400"), encoding="utf-8")
    last = t.update(["acme.txt"])
    t.flush_seen()
    assert stored(t) == {"acme.txt": last.facts["acme.txt"].document.sha256}


def test_a_snapshot_saved_before_the_flush_writes_the_facts_first(seeds, tmp_path, engine):
    """The next launch trusts a snapshot only when the stored facts are the ones it was built from."""
    t = make(seeds, tmp_path, engine, defer=True)
    indexed = t.update(t.stale_files())
    t.save_snapshot()  # before flush_seen (as on_unmount may, when an update is still being shown)
    warm = make(seeds, tmp_path, engine, defer=True).warm_start()
    assert warm is not None and warm.story == indexed.story and warm.facts == {}  # painted from the snapshot


def test_without_deferring_the_facts_are_written_by_the_update(seeds, tmp_path, engine):
    """Near miss: a tracker that does not defer (scripts, the benchmark's store filling) writes at once, as before."""
    t = make(seeds, tmp_path, engine, defer=False)
    t.update(t.stale_files())
    assert set(stored(t)) == {"acme.txt"}


async def test_the_app_writes_to_the_store_once_the_update_is_painted(seeds, tmp_path, engine, monkeypatch):
    """The store's writes after an update (facts, first/last-seen times) wait for its frame: they would share the
    interpreter with the paint. The event loop is held 0.3 s before it applies each update, so a write that does not
    wait comes first."""
    import time

    from tests.tui.conftest import wait_for
    from tui.app import StoryWatchApp, make_app

    applied = StoryWatchApp.on_story_updated

    def slow_apply(self, message):
        time.sleep(0.3)
        return applied(self, message)

    monkeypatch.setattr(StoryWatchApp, "on_story_updated", slow_apply)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    shown_then: list[object] = []
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.tracker is not None and not app._busy and app.story is not None)
        tracker = app.tracker
        flush = tracker.flush_seen

        def flush_seen():
            shown_then.append(app._painted_story)  # the story on screen when the write starts
            flush()

        monkeypatch.setattr(tracker, "flush_seen", flush_seen)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in {a.name for a in app.story.actors} and not app._busy)
        await wait_for(pilot, lambda: bool(shown_then))
        painted_first = shown_then[0] is app.story  # the update's own story (one update: the only one since)
        assert painted_first
        assert "lazard.txt" in app.tracker.store.load_facts()


_KILLED_BEFORE_THE_WRITE = """
import os, signal, sys
from pathlib import Path
import tui.tracker
from extract.engine import Engine
from tui.app import make_app

seeds, state = Path(sys.argv[1]), Path(sys.argv[2])
flush = tui.tracker.StoryTracker.flush_seen
calls = []

def flush_seen(self):
    calls.append(1)
    if len(calls) == 1:  # the worker, the start-up update on screen: the signal comes before its write
        os.kill(os.getpid(), getattr(signal, sys.argv[3]))
        return
    flush(self)

tui.tracker.StoryTracker.flush_seen = flush_seen
app = make_app(seeds, state_dir=state, engine=Engine(), config=state / "config", quit_on_signals=True)
app.run(headless=True, size=(140, 40))
print("quit", len(calls))
"""


def test_sigterm_or_sighup_quits_with_the_deferred_writes_made(seeds, tmp_path):
    """A dropped SSH session (SIGHUP) or a kill (SIGTERM) quits as q does, so the facts an update left for later are
    stored; without handlers the signal ended the process there and the file was extracted again at the next launch.
    """
    import subprocess
    import sys

    from tests.tui.test_start_up import ROOT

    for sig in ("SIGTERM", "SIGHUP"):
        state = tmp_path / f"state-{sig}"
        run = subprocess.run(
            [sys.executable, "-c", _KILLED_BEFORE_THE_WRITE, str(seeds), str(state), sig],
            cwd=ROOT,
            capture_output=True,
            text=True,
            timeout=300,
        )
        assert run.returncode == 0, (sig, run.returncode, run.stderr[-2000:])
        assert set(Store.open(seeds, state).load_facts()) == {"acme.txt"}, sig


def test_two_flushes_at_once_write_each_file_once_in_order(seeds, tmp_path, engine, monkeypatch):
    """The worker's flush and the app's on its way out (review r1 LOW-2): one writer at a time, so the queue is
    written once and in order rather than its first file by both."""
    import threading
    import time

    t = make(seeds, tmp_path, engine, defer=True)
    for name in ("b.txt", "c.txt"):
        (seeds / name).write_text(ARTICLE_B.replace("Tom Baker", name[0].upper() + "ob Baker"), encoding="utf-8")
    t.update(t.stale_files())
    assert t.store is not None
    save = t.store.save_facts
    written: list[str] = []

    def slow_save(facts, size, model):
        written.append(facts.document.path)
        time.sleep(0.05)  # a large file's write: long enough for the other flush to start meanwhile
        save(facts, size=size, model=model)

    monkeypatch.setattr(t.store, "save_facts", slow_save)
    flushes = [threading.Thread(target=t.flush_seen) for _ in range(2)]
    for th in flushes:
        th.start()
    for th in flushes:
        th.join()
    assert written == ["acme.txt", "b.txt", "c.txt"]
    assert set(stored(t)) == {"acme.txt", "b.txt", "c.txt"}
