"""A big batch (the first index of a folder, a re-read after an engine upgrade) stores its facts as its chunks come
back (probe s29 UX-6): SIGTERM or a hangup at 90 % of a four-minute index kept nothing, and the next launch started
again at 0 %."""

from __future__ import annotations

import pytest

import tui.tracker as tracker_mod
from extract.store import Store
from tests.tui.conftest import ARTICLE_A, ARTICLE_B
from tui.tracker import StoryTracker


class Stopped(Exception):
    """The index stopped (a quit, SIGTERM) after its first chunk."""


class StopsAfterOneChunk:
    """The engine, reading two files a chunk, stopped after its first chunk came back."""

    def __init__(self, engine) -> None:
        self.engine = engine

    def __getattr__(self, name):
        return getattr(self.engine, name)

    def extract_files(self, files, progress=None, on_facts=None, **kw):
        def first_only(facts):
            if on_facts is not None:
                on_facts(facts)
            raise Stopped

        return self.engine.extract_files(files, progress=progress, chunk=2, processes=1, on_facts=first_only)


def _folder(seeds):
    for i in range(3):
        (seeds / f"b{i}.txt").write_text(ARTICLE_B.replace("Tom Baker", f"Tom Baker{i}"), encoding="utf-8")
    (seeds / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    return seeds


def test_an_index_stopped_midway_keeps_what_it_read(seeds, tmp_path, engine, monkeypatch):
    monkeypatch.setattr(tracker_mod, "BIG_BATCH", 2)
    folder = _folder(seeds)
    t = StoryTracker(folder, StopsAfterOneChunk(engine), Store.open(folder, tmp_path / "state"))
    t.defer_seen = True  # as the app runs
    todo = t.stale_files()
    assert len(todo) == 4
    with pytest.raises(Stopped):
        t.update(todo)
    t.flush_seen()  # as the app's way out does
    kept = set(Store.open(folder, tmp_path / "state").load_facts())
    assert len(kept) == 2 and kept < set(todo)  # the first chunk's files: the next launch reads only the rest
    again = StoryTracker(folder, engine, Store.open(folder, tmp_path / "state"))
    again.warm_start()
    assert set(again.stale_files()) == set(todo) - kept


def test_a_finished_index_stores_each_file_once(seeds, tmp_path, engine, monkeypatch):
    monkeypatch.setattr(tracker_mod, "BIG_BATCH", 2)
    folder = _folder(seeds)
    store = Store.open(folder, tmp_path / "state")
    writes = []
    save = store.save_facts
    monkeypatch.setattr(
        store, "save_facts", lambda facts, **kw: (writes.append(facts.document.path), save(facts, **kw))
    )
    t = StoryTracker(folder, engine, store)
    t.defer_seen = True
    t.update(t.stale_files())
    t.flush_seen()
    assert sorted(writes) == ["acme.txt", "b0.txt", "b1.txt", "b2.txt"]  # stored as read, not again at the end
    again = StoryTracker(folder, engine, Store.open(folder, tmp_path / "state"))
    again.warm_start()
    assert again.stale_files() == []
