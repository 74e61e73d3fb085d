"""The tracker's warm start from the story snapshot the store keeps, and what happens when it is out of date."""

from __future__ import annotations

import pytest

from extract.store import Store
from tests.tui.conftest import ARTICLE_A, ARTICLE_B
from tui.tracker import StoryTracker


def save_if_due(t) -> None:
    """What the app does once an update is on screen (tui/app.py, ``_save_when_shown``)."""
    if t.snapshot_due():
        t.save_snapshot()


def make(seeds, tmp_path, engine) -> StoryTracker:
    return StoryTracker(seeds, engine, Store.open(seeds, tmp_path / "state"))


def test_warm_start_paints_the_snapshot_then_reads_the_facts(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    indexed = t.update(t.stale_files())
    assert t.store is not None and t.store.load_snapshot() is None  # never inside an update: it would delay it
    save_if_due(t)  # the first call of a session saves
    assert t.store.load_snapshot() == indexed.story

    t2 = make(seeds, tmp_path, engine)
    warm = t2.warm_start()
    assert warm is not None and warm.story == indexed.story
    assert warm.facts == {}  # not read yet: the paint does not wait for them
    assert t2.stale_files() == []  # the facts are read on the next step
    assert set(t2.facts) == {"acme.txt"}
    again = t2.update([])
    assert again.story == indexed.story and again.changes == ()


def test_a_changed_store_ignores_the_old_snapshot(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    save_if_due(t)
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    t._snapshot_at = float("inf")  # an update soon after the last snapshot does not save one
    t.update(["lazard.txt"])
    t2 = make(seeds, tmp_path, engine)
    warm = t2.warm_start()
    assert warm is not None
    assert {d.path for d in warm.story.documents} == {"acme.txt", "lazard.txt"}  # built from the facts instead
    assert set(warm.facts) == {"acme.txt", "lazard.txt"}


def test_quitting_saves_the_latest_story(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
    t._snapshot_at = float("inf")
    latest = t.update(["acme.txt"])
    assert t.store is not None and t.store.load_snapshot() is None  # the saved one no longer matches the facts
    t.save_snapshot()
    assert t.store.load_snapshot() == latest.story


def test_snapshots_are_saved_at_most_every_so_often(seeds, tmp_path, engine, monkeypatch):
    import tui.tracker as tracker_module

    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    save_if_due(t)
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
    latest = t.update(["acme.txt"])  # an update never saves one after the first
    assert t.store is not None and t.store.load_snapshot() is None
    save_if_due(t)  # too soon
    assert t.store.load_snapshot() is None
    monkeypatch.setattr(tracker_module, "SNAPSHOT_EVERY_S", 0.0)
    save_if_due(t)
    assert t.store.load_snapshot() == latest.story


def test_no_snapshot_pairs_an_old_story_with_new_facts(seeds, tmp_path, engine, monkeypatch):
    t = make(seeds, tmp_path, engine)
    first = t.update(t.stale_files())
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")

    def broken(*args, **kwargs):
        raise RuntimeError("rebuild failed")

    monkeypatch.setattr(t, "_rebuild", broken)  # the facts are saved, then the rebuild fails
    with pytest.raises(RuntimeError):
        t.update(["lazard.txt"])
    assert t.story == first.story
    t.save_snapshot()  # as quitting would
    assert t.store is not None and t.store.load_snapshot() is None


def test_a_warm_start_from_facts_marks_every_fact_seen(seeds, tmp_path, engine):
    """A session killed between saving facts and marking them: the next one marks them, not only what changes."""
    from extract.keys import claim_key

    t = make(seeds, tmp_path, engine)
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    names = t.stale_files()
    facts = t._engine().extract_files([(seeds / n, n) for n in names])
    assert t.store is not None
    for f in facts:
        t.store.save_facts(f, size=(seeds / f.document.path).stat().st_size, model=t.model_tag())
    # (killed here: nothing marked, no snapshot)
    t2 = make(seeds, tmp_path, engine)
    warm = t2.warm_start()
    assert warm is not None and warm.story.claims
    up = t2.update(t2.stale_files())
    assert all(c.first_seen for c in up.story.claims)
    assert all(claim_key(c) in t2.store.first_seen() for c in up.story.claims)


def test_the_head_of_the_stored_story_paints_first_and_goes_stale_with_it(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    indexed = t.update(t.stale_files())
    save_if_due(t)
    t2 = make(seeds, tmp_path, engine)
    head = t2.warm_head()
    assert head is not None and head.story.documents == indexed.story.documents
    assert head.story.extra["totals"]["actors"] == len(indexed.story.actors)
    assert t2.story.documents == ()  # the head is only painted: the tracker's story is the whole one, read next
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    t._snapshot_at = float("inf")
    t.update(["lazard.txt"])
    assert make(seeds, tmp_path, engine).warm_head() is None  # the facts changed since it was saved
