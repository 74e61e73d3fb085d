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
