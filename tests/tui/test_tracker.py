"""The story tracker without the UI: what it re-extracts, what it reports, what it stores."""

from __future__ import annotations

import shutil

from extract.store import Store
from tests.tui.conftest import ARTICLE_A, ARTICLE_B
from tui.tracker import StoryTracker


def make(seeds, tmp_path, engine) -> StoryTracker:
    return StoryTracker(seeds, engine, Store.open(seeds, tmp_path / "state"))


def test_first_index_then_only_changed_files_are_stale(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    assert t.stale_files() == ["acme.txt"]
    first = t.update(t.stale_files())
    assert first.summary.startswith("indexed 1 file")
    assert t.stale_files() == []
    # A new tracker on the same store starts warm and finds nothing to do.
    t2 = make(seeds, tmp_path, engine)
    assert t2.warm_start() is not None
    assert t2.stale_files() == []
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    assert t2.stale_files() == ["lazard.txt"]


def test_facts_from_another_model_or_version_are_stale(seeds, tmp_path, engine, monkeypatch):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    t2 = make(seeds, tmp_path, engine)
    t2.warm_start()
    monkeypatch.setattr(t2, "model_tag", lambda: "en_core_web_lg-3.8.0+storywatch-9")
    assert t2.stale_files() == ["acme.txt"]


def test_facts_made_by_other_engine_code_are_stale(seeds, tmp_path, engine, monkeypatch):
    import extract.version

    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    t2 = make(seeds, tmp_path, engine)
    t2.warm_start()
    assert t2.stale_files() == []
    monkeypatch.setattr(extract.version, "engine_fingerprint", lambda: "000000000000")
    assert t2.stale_files() == ["acme.txt"]


def test_update_summarises_a_changed_figure(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
    up = t.update(["acme.txt"])
    assert "1,200" in up.summary and "1,500" in up.summary, up.summary
    assert any(c.kind == "figure" and c.op == "changed" for c in up.changes)


def test_expand_folder_events(seeds, tmp_path, engine):
    t = make(seeds, tmp_path, engine)
    sub = seeds / "wire"
    sub.mkdir()
    (sub / "a.txt").write_text(ARTICLE_B, encoding="utf-8")
    (sub / "skip.bin").write_text("x", encoding="utf-8")
    assert t.expand([str(sub)]) == ["wire/a.txt"]
    t.update(["acme.txt", "wire/a.txt"])
    shutil.rmtree(sub)
    assert t.expand([str(sub)]) == ["wire/a.txt"]
    t.update(t.expand([str(sub)]))
    assert set(t.facts) == {"acme.txt"}


def test_a_rebuilt_store_is_noticed_once(seeds, tmp_path, engine):
    state = tmp_path / "state"
    store = Store.open(seeds, state)
    path = store.path
    store.close()
    path.write_bytes(b"this is not a database" * 100)
    t = StoryTracker(seeds, engine, Store.open(seeds, state))
    first = t.update(t.stale_files())
    assert first.notices and "moved" in first.notices[0]
    (seeds / "acme.txt").write_text(ARTICLE_B, encoding="utf-8")
    assert t.update(["acme.txt"]).notices == ()


def test_a_big_batch_keeps_the_facts_made_so_far_out_of_the_collectors_reach(seeds, tmp_path, engine, monkeypatch):
    """While a folder is indexed, each chunk's facts are frozen out of the cyclic collector's reach (full collections
    over them froze the UI), and progress still reaches the caller."""
    import tui.tracker as tracker_mod

    for i in range(3):
        shutil.copy(seeds / "acme.txt", seeds / f"copy{i}.txt")
    kept: list[int] = []
    monkeypatch.setattr(tracker_mod, "BIG_BATCH", 3)
    monkeypatch.setattr(tracker_mod, "keep_for_good", lambda: kept.append(1))
    t = make(seeds, tmp_path, engine)
    progress: list[tuple[int, int, int]] = []
    t.update(t.stale_files(), progress=lambda done, total: progress.append((done, total, len(kept))))
    assert progress and progress[-1] == (4, 4, len(progress))  # one freeze per chunk, before its progress


def test_a_file_re_read_by_a_new_engine_is_not_news(seeds, tmp_path, engine, monkeypatch):
    """After an upgrade every file is read again: what the new engine finds there dates from when the file's facts
    were first seen, nothing is announced as new, and the summary says what happened."""
    from dataclasses import replace

    import extract.store
    import extract.version
    from extract.diff import cached_claim_key

    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    before = dict(t.first_seen)
    t2 = make(seeds, tmp_path, engine)
    t2.warm_start()
    monkeypatch.setattr(extract.version, "engine_fingerprint", lambda: "000000000000")
    assert t2.stale_files() == ["acme.txt"]
    extract_files = engine.extract_files

    def newer_engine(files, **kwargs):  # finds one more claim in the same text
        facts = extract_files(files, **kwargs)
        extra = replace(facts[0].claims[0], text="it would cut jobs", end=facts[0].claims[0].start + 17)
        return [replace(facts[0], claims=(*facts[0].claims, extra))]

    monkeypatch.setattr(engine, "extract_files", newer_engine)
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2099-01-01T00:00:00Z")  # "now" is well after the index
    up = t2.update(["acme.txt"])
    assert up.summary.startswith("re-read 1 file made by an older engine"), up.summary
    assert up.changes == ()
    new_keys = {cached_claim_key(c) for c in up.story.claims} - before.keys()
    assert new_keys and all(up.first_seen[k] == min(before.values()) for k in new_keys)
    # The next edit of that file is news again.
    (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", "1,500 jobs"), encoding="utf-8")
    assert t2.stale_files() == ["acme.txt"]
    monkeypatch.setattr(engine, "extract_files", extract_files)
    assert "1,500" in t2.update(["acme.txt"]).summary


def test_deferred_seen_times_are_written_by_flush_and_another_processes_times_win(seeds, tmp_path, engine):
    import sqlite3

    from extract.diff import cached_claim_key

    t = make(seeds, tmp_path, engine)
    t.defer_seen = True
    up = t.update(t.stale_files())
    keys = {cached_claim_key(c) for c in up.story.claims}
    assert keys and keys <= up.first_seen.keys()
    with sqlite3.connect(t.store.path) as conn:
        assert conn.execute("SELECT count(*) FROM seen").fetchone()[0] == 0
    # Another process saw one claim earlier and wrote it first: after our flush, the next update shows its time.
    key = sorted(keys)[0]
    with sqlite3.connect(t.store.path) as conn:
        conn.execute(
            "INSERT INTO seen (key, first_seen, last_seen) VALUES (?, ?, ?)", (key, "2020-01-01T00:00:00Z", "")
        )
    t.flush_seen()
    with sqlite3.connect(t.store.path) as conn:
        stored = dict(conn.execute("SELECT key, first_seen FROM seen"))
    assert keys <= stored.keys() and stored[key] == "2020-01-01T00:00:00Z"
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    nxt = t.update(["lazard.txt"])
    assert nxt.first_seen[key] == "2020-01-01T00:00:00Z"
    assert [c.first_seen for c in nxt.story.claims if cached_claim_key(c) == key] == ["2020-01-01T00:00:00Z"]


def test_recent_files_are_the_readable_files_saved_last(seeds, tmp_path, engine):
    import os

    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    (seeds / "old.txt").write_text(ARTICLE_B.replace("Tom", "Ann"), encoding="utf-8")
    for name, when in (("acme.txt", 3_000), ("lazard.txt", 2_000), ("old.txt", 1_000)):
        os.utime(seeds / name, (when, when))
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    assert [name for _, name in t.recent_files(2)] == ["acme.txt", "lazard.txt"]
    assert t.recent_files(1) == [(seeds / "acme.txt", "acme.txt")]


def test_the_summary_says_what_happened_to_the_files_themselves(seeds, tmp_path, engine):
    """A file with nothing in it, an unreadable file and a removed file are news the facts' diff cannot tell."""
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    (seeds / "notes.txt").write_text("see you later\n", encoding="utf-8")
    assert t.update(["notes.txt"]).summary == "new, nothing found"
    (seeds / "junk.txt").write_bytes(b"\x00\x01binary")
    assert t.update(["junk.txt"]).summary.startswith("cannot be read: binary")
    assert t.update(["junk.txt"]).summary == ""  # the same error again is not news
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    up = t.update(["lazard.txt"])
    assert up.summary.startswith("+") and "nothing found" not in up.summary, up.summary
    (seeds / "lazard.txt").unlink()
    up = t.update(["lazard.txt"])
    assert up.summary.startswith("removed; -"), up.summary
    (seeds / "notes.txt").unlink()
    (seeds / "more.txt").write_text("ok\n", encoding="utf-8")
    (seeds / "bad.txt").write_bytes(b"\x00\x01binary")
    up = t.update(["notes.txt", "more.txt", "bad.txt"])
    assert up.summary == "1 file cannot be read, 1 new file with nothing found, removed notes.txt", up.summary


def test_getting_ready_builds_the_datelines_country_tables(seeds, tmp_path, engine):
    # Built on first use they cost 25-350 ms inside whichever article's extraction asked first.
    from extract import datelines

    datelines._provinces.cache_clear()
    datelines._capitals.cache_clear()
    make(seeds, tmp_path, engine).prepare()
    assert datelines._provinces.cache_info().currsize == 1 and datelines._capitals.cache_info().currsize == 1


def test_storywatchs_own_exports_in_the_folder_are_not_read_as_articles(seeds, tmp_path, engine):
    """A Markdown export written into the watched folder was read back in as an article (+8,643 figures; probe s27
    r1): files named as the export names them are passed over (and say so) wherever they appear, and one already
    read goes."""
    from extract.textio import EXPORT_NOT_READ

    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    export = seeds / "storywatch-seeds-20261203-151740.md"
    export.write_text("# Story: 1 files\n\nAcme said 1,200 jobs would go.\n", encoding="utf-8")
    (seeds / "storywatch-notes.md").write_text("A reporter's own notes.\n", encoding="utf-8")
    assert t.stale_files() == ["storywatch-notes.md"] and t.skipped == {export.name: EXPORT_NOT_READ}
    assert t.read_ahead([str(export)]) == []
    up = t.update(t.expand([str(export), str(seeds / "storywatch-notes.md")]))
    assert export.name not in t.facts and "storywatch-notes.md" in t.facts
    assert f"{export.name}: {EXPORT_NOT_READ}" in up.story.warnings
    assert export.name not in {d.path for d in up.story.documents}  # a warning, as `extract` says, not a file error
    t.facts[export.name] = t.facts["acme.txt"]  # read by an earlier version
    assert export.name in t.stale_files()
    t.update(t.stale_files())
    assert export.name not in t.facts


def test_a_renamed_file_keeps_its_facts_first_seen_times_and_is_no_news_of_them(seeds, tmp_path, engine, monkeypatch):
    """A rename was a file removed and one added: 'crlf.txt, crlf2.txt  1 file removed; +2 claims, -2 claims, ...',
    and a draft renamed to final.txt showed all its claims as new (probe s27 r5). The same bytes under a new name now
    keep their facts' first-seen times, and the update says it was renamed."""
    import extract.store

    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T10:00:00Z")
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T11:00:00Z")
    (seeds / "acme.txt").rename(seeds / "final.txt")
    up = t.update(t.expand([str(seeds / "acme.txt"), str(seeds / "final.txt")]))
    assert up.summary == "renamed acme.txt to final.txt"
    assert [c for c in up.changes if c.document in ("acme.txt", "final.txt")] == []
    claims = [c for c in up.story.claims if c.document == "final.txt"]
    assert claims and {c.first_seen for c in claims} == {"2026-12-03T10:00:00Z"}
    # A new file with other bytes is new, as before.
    (seeds / "other.txt").write_text(ARTICLE_B, encoding="utf-8")
    up = t.update(["other.txt"])
    assert {c.first_seen for c in up.story.claims if c.document == "other.txt"} == {"2026-12-03T11:00:00Z"}


def test_first_seen_times_of_facts_gone_from_the_story_are_forgotten_in_memory_and_kept_in_the_store(
    seeds, tmp_path, engine, monkeypatch
):
    """Every fact key ever seen stayed in two maps for the session (the tracker's and the store's), some ten more a
    save: a session of hours grew with them (bench/longrun.py). Past twice the story's facts, the times of facts no
    longer in it are forgotten in memory; the store keeps them, and a fact that comes back has its first time."""
    import extract.store

    monkeypatch.setattr(StoryTracker, "SEEN_SLACK", 0, raising=False)
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T10:00:00Z")
    t = make(seeds, tmp_path, engine)
    t.defer_seen = True  # as the app: the store is written after the update is shown
    t.update(t.stale_files())
    t.flush_seen()
    first = {c.text: c.first_seen for c in t.story.claims}
    for i in range(40):
        monkeypatch.setattr(extract.store, "now_iso", lambda i=i: f"2026-12-03T11:{i:02d}:00Z")
        (seeds / "acme.txt").write_text(ARTICLE_A.replace("1,200 jobs", f"{1300 + i:,} jobs"), encoding="utf-8")
        t.update(["acme.txt"])
        t.flush_seen()
    live = len(t.story.actors) + len(t.story.figures) + len(t.story.quotes) + len(t.story.claims)
    assert live < 40 and len(t.first_seen) <= 2 * live and len(t.store._stamps) <= 2 * live + len(t.store._unwritten)
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T12:00:00Z")
    (seeds / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")  # back as first written
    up = t.update(["acme.txt"])
    assert {c.text: c.first_seen for c in up.story.claims} == first


def test_identical_files_moved_together_are_each_renamed(seeds, tmp_path, engine, monkeypatch):
    """Two files with the same bytes moved together: one old name per content gave '1 file renamed; 1 removed' and the
    copy's facts lost their first-seen times (review s27 rev3r LOW-MED 2). Each pairs with its own name first."""
    import extract.store

    (seeds / "copy.txt").write_text((seeds / "acme.txt").read_text(encoding="utf-8"), encoding="utf-8")
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T10:00:00Z")
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    monkeypatch.setattr(extract.store, "now_iso", lambda: "2026-12-03T11:00:00Z")
    (seeds / "old").mkdir()
    for name in ("acme.txt", "copy.txt"):
        (seeds / name).rename(seeds / "old" / name)
    up = t.update(t.expand([str(seeds / "acme.txt"), str(seeds / "copy.txt"), str(seeds / "old")]))
    assert up.summary == "2 files renamed"
    assert {c.first_seen for c in up.story.claims} == {"2026-12-03T10:00:00Z"}


def test_summaries_count_one_fact_or_file_in_the_singular(seeds, tmp_path, engine):
    """ "indexed 1 file: 2 actors, 1 figures, 2 claims" said "1 figures" (ARTICLE_A has one figure, 1,200 jobs)."""
    import re

    t = make(seeds, tmp_path, engine)
    first = t.update(t.stale_files())
    assert first.summary.startswith("indexed 1 file:")
    assert re.search(r"\b1 figure\b", first.summary)
    assert not re.search(r"\b1 [a-z]+s\b", first.summary)


def test_fact_key_caches_keep_only_the_storys_keys_over_many_saves(seeds, tmp_path, engine, monkeypatch):
    """Each save left the records it replaced in the fact-key caches (extract.diff), up to 200,000 per cache."""
    from extract import diff

    monkeypatch.setattr(diff, "KEY_CACHE_SLACK", 0)
    t = make(seeds, tmp_path, engine)
    t.update(t.stale_files())
    for i in range(6):
        text = ARTICLE_A.replace("1,200 jobs", f"{1_200 + i} jobs").replace("hard day", f"hard day number {i}")
        (seeds / "acme.txt").write_text(text, encoding="utf-8")
        t.update(["acme.txt"])
    sizes, story = diff.key_cache_sizes(), t.story
    assert story.figures and story.quotes
    assert sizes["figure"] <= 2 * len(story.figures) and sizes["quote"] <= 2 * len(story.quotes)
    assert sizes["claim"] <= 2 * len(story.claims)
