"""The SQLite story store: round trips, history, first-seen times, damaged stores, and two processes at once."""

from __future__ import annotations

import json
import os
import sqlite3
import subprocess
import sys
import threading
from pathlib import Path

import pytest

from extract.keys import claim_key, figure_key
from extract.records import Actor, Claim, DocFacts, DocumentInfo, Figure, Mention, Quote, Story
from extract.store import SCHEMA_VERSION, Store, facts_from_json, facts_to_json, store_path

REPO = Path(__file__).resolve().parents[2]


def doc_facts(path: str = "a.txt", sha: str = "h1", value: float | None = 12000.0, mtime: float = 1.5) -> DocFacts:
    """A hand-made DocFacts touching every record type and every tuple field."""
    return DocFacts(
        document=DocumentInfo(path=path, title="Troops — “sent”", words=42, sha256=sha, modified=mtime),
        mentions=(
            Mention("Lloyd Austinhe", "Lloyd Austin", "person", 0, 14, path, "US Secretary of Defense", "PERSON"),
            Mention("NATO", "NATO", "organization", 20, 24, path),
        ),
        figures=(
            Figure(
                "12,000 soldiers",
                value,
                "count",
                None,
                "up to",
                None,
                "troops",
                "Up to 12,000 soldiers.",
                path,
                30,
                45,
                "12,000",
            ),
            Figure(
                "50 billion dollars",
                5e10,
                "money",
                "USD",
                None,
                "up",
                "loan",
                "A loan.",
                path,
                50,
                68,
                "USD 50 bn",
                None,
            ),
            Figure(
                "February 2022",
                None,
                "date",
                None,
                None,
                None,
                None,
                "In February 2022.",
                path,
                70,
                83,
                "2022-02",
                "2022-02",
            ),
        ),
        quotes=(Quote("We will not give up", "Lloyd Austin", "he", "said", path, 90, 109, ("Lloyd Austin", "NATO")),),
        claims=(
            Claim("troops were sent", "NATO", "NATO", "said", "indirect", path, 120, 136, None, ("NATO",)),
            Claim("talks failed", None, None, "according to", "according_to", path, 140, 152, "2026-01-01T00:00:00Z"),
        ),
        warnings=("unpaired quote mark at 88",),
    )


def story_of(*claims: str, figure_value: float = 12000.0, doc: str = "a.txt") -> Story:
    fig = doc_facts(doc, value=figure_value).figures[0]
    return Story(
        actors=(Actor("NATO", "organization", (), (), 2, (doc,)),),
        figures=(fig,),
        claims=tuple(Claim(t, "NATO", "NATO", "said", "indirect", doc, 0, len(t)) for t in claims),
    )


@pytest.fixture
def state(tmp_path: Path) -> Path:
    return tmp_path / "state"


@pytest.fixture
def story_dir(tmp_path: Path) -> Path:
    d = tmp_path / "seeds"
    d.mkdir()
    return d


def open_store(story_dir: Path, state: Path) -> Store:
    store = Store.open(story_dir, state)
    return store


# Paths ---------------------------------------------------------------------------------------------


def test_store_path_is_per_folder(tmp_path: Path) -> None:
    a, b = tmp_path / "x" / "seeds", tmp_path / "y" / "seeds"
    a.mkdir(parents=True)
    b.mkdir(parents=True)
    pa = store_path(a, tmp_path / "st")
    assert pa.parent == tmp_path / "st" / "stories"
    assert pa.name.startswith("seeds-") and pa.suffix == ".sqlite3"
    assert pa != store_path(b, tmp_path / "st")
    assert store_path(str(a) + "/", tmp_path / "st") == pa
    assert store_path(a / ".." / "seeds", tmp_path / "st") == pa


def test_default_location_is_user_state_dir(story_dir: Path) -> None:
    import platformdirs

    assert store_path(story_dir).parent == Path(platformdirs.user_state_dir("storywatch")) / "stories"


# Round trips ---------------------------------------------------------------------------------------


def test_json_round_trip_equals_asdict() -> None:
    import dataclasses

    facts = doc_facts()
    assert json.loads(facts_to_json(facts)) == json.loads(json.dumps(dataclasses.asdict(facts)))
    back = facts_from_json(facts_to_json(facts))
    assert back == facts
    assert isinstance(back.quotes[0].speakers, tuple) and isinstance(back.figures, tuple)


def test_short_strings_read_back_are_shared_between_records(story_dir: Path, state: Path) -> None:
    """json.loads makes a new string per occurrence: document names, kinds and speakers are shared on reading, so
    the facts of a large story do not hold hundreds of thousands of copies (memory, issue 8)."""
    with open_store(story_dir, state) as store:
        for p in ("a.txt", "b.txt"):
            store.save_facts(doc_facts(p, sha=p), size=100, model="m1")
        facts = store.load_facts()
    a, b = facts["a.txt"], facts["b.txt"]
    assert a.figures[0].document is a.quotes[0].document  # one name, one string
    assert a.figures[0].kind is b.figures[0].kind
    assert a.quotes[0].speakers[0] is b.quotes[0].speakers[0]  # inside tuples too
    assert a == doc_facts("a.txt", sha="a.txt")


def test_unknown_stored_fields_are_ignored() -> None:
    data = json.loads(facts_to_json(doc_facts()))
    data["figures"][0]["gone_field"] = 1
    assert facts_from_json(json.dumps(data)) == doc_facts()


def test_save_and_load_round_trip(story_dir: Path, state: Path) -> None:
    facts = {p: doc_facts(p, sha=p) for p in ("a.txt", "sub/b.txt")}
    with open_store(story_dir, state) as store:
        assert store.notice is None and store.persistent
        assert store.path.is_file()
        for f in facts.values():
            store.save_facts(f, size=100, model="m1")
        assert store.load_facts() == facts
    with open_store(story_dir, state) as again:
        assert again.load_facts() == facts
        assert again.file_versions() == {"a.txt": ("a.txt", 1.5, 100), "sub/b.txt": ("sub/b.txt", 1.5, 100)}


def test_story_snapshot_round_trip_and_invalidation(story_dir: Path, state: Path) -> None:
    from extract.story import build_story

    facts = [doc_facts(p, sha=p) for p in ("a.txt", "b.txt")]
    story = build_story(facts)
    with open_store(story_dir, state) as store:
        assert store.load_snapshot() is None
        for f in facts:
            store.save_facts(f, size=100, model="m1")
        store.save_snapshot(story)
    with open_store(story_dir, state) as store:
        assert store.load_snapshot() == story
        store.save_facts(doc_facts("b.txt", sha="b2"), size=100, model="m1")  # a file re-made since
        assert store.load_snapshot() is None
        store.save_snapshot(story)
        assert store.load_snapshot() == story
        store.remove_file("a.txt")  # a file gone since
        assert store.load_snapshot() is None
        store.save_snapshot(story)
        store._run(lambda c: c.execute("UPDATE meta SET value = '[1]' WHERE key = 'story'"), lambda: None, True)
        assert store.load_snapshot() is None  # unreadable: built from the facts instead, never an error


@pytest.mark.parametrize("chunk", [1, 2, 256])
def test_story_snapshot_is_encoded_in_chunks(story_dir: Path, state: Path, chunk: int, monkeypatch) -> None:
    import extract.store as store_module
    from extract.story import build_story

    monkeypatch.setattr(store_module, "SNAPSHOT_CHUNK", chunk)
    facts = [doc_facts(p, sha=p) for p in ("a.txt", "b.txt", "c.txt")]
    story = build_story(facts)
    with open_store(story_dir, state) as store:
        for f in facts:
            store.save_facts(f, size=100, model="m1")
        store.save_snapshot(story)
        assert store.load_snapshot() == story


def test_versions_history_and_latest(story_dir: Path, state: Path) -> None:
    with open_store(story_dir, state) as store:
        store.save_facts(doc_facts(sha="h1", mtime=1.0), size=10, model="m")
        store.save_facts(doc_facts(sha="h2", mtime=2.0, value=13000.0), size=11, model="m")
        store.save_facts(doc_facts(sha="h1", mtime=3.0), size=10, model="m")  # reverted
        assert store.file_versions() == {"a.txt": ("h1", 3.0, 10)}
        assert [(h, m, s) for h, m, s, _ in store.versions("a.txt")] == [("h1", 3.0, 10), ("h2", 2.0, 11)]
        assert store.load_facts()["a.txt"].figures[0].value == 12000.0


@pytest.mark.parametrize(
    ("path", "sha", "model", "stale"),
    [
        ("a.txt", "h1", "m1", False),
        ("a.txt", "h2", "m1", True),
        ("a.txt", "h1", "en_core_web_lg", True),
        ("b.txt", "h1", "m1", True),
    ],
)
def test_stale(story_dir: Path, state: Path, path: str, sha: str, model: str, stale: bool) -> None:
    with open_store(story_dir, state) as store:
        store.save_facts(doc_facts(sha="h1"), size=10, model="m1")
        assert store.stale(path, sha, model) is stale


def test_remove_file(story_dir: Path, state: Path) -> None:
    with open_store(story_dir, state) as store:
        store.save_facts(doc_facts("a.txt"), 1, "m")
        store.save_facts(doc_facts("b.txt"), 1, "m")
        store.remove_file("a.txt")
        store.remove_file("never-there.txt")
        assert set(store.load_facts()) == {"b.txt"}
        assert set(store.file_versions()) == {"b.txt"}


def test_undecodable_row_is_dropped(story_dir: Path, state: Path) -> None:
    with open_store(story_dir, state) as store:
        store.save_facts(doc_facts("a.txt"), 1, "m")
        store.save_facts(doc_facts("b.txt"), 1, "m")
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE files SET facts = '{\"document\": 5}' WHERE path = 'a.txt'")
    with open_store(story_dir, state) as store:
        assert set(store.load_facts()) == {"b.txt"}
        assert store.stale("a.txt", "h1", "m")


# First seen ----------------------------------------------------------------------------------------


def test_first_seen_kept_across_runs(story_dir: Path, state: Path) -> None:
    s1 = story_of("troops were sent", "talks failed")
    with open_store(story_dir, state) as store:
        seen1 = store.mark_seen(s1, now="2026-01-01T10:00:00Z")
        assert set(seen1.values()) == {"2026-01-01T10:00:00Z"}
        assert len(seen1) == 4  # actor, figure, two claims
    s2 = story_of("troops were sent", "a new claim", figure_value=13000.0)
    with open_store(story_dir, state) as store:
        seen2 = store.mark_seen(s2, now="2026-01-01T11:00:00Z")
        old, new = claim_key(s2.claims[0]), claim_key(s2.claims[1])
        assert seen2[old] == "2026-01-01T10:00:00Z"
        assert seen2[new] == "2026-01-01T11:00:00Z"
        # A figure keeps its identity (and first-seen time) when only its value changes.
        assert seen2[figure_key(s2.figures[0])] == "2026-01-01T10:00:00Z"
        assert len(seen2) == 4
        assert claim_key(s1.claims[1]) in store.first_seen()  # gone from the story, still remembered
    with sqlite3.connect(store.path) as conn:
        last = dict(conn.execute("SELECT key, last_seen FROM seen"))
    assert last[old] == "2026-01-01T11:00:00Z"
    assert last[claim_key(s1.claims[1])] == "2026-01-01T10:00:00Z"


def test_last_seen_rewritten_only_after_refresh(story_dir: Path, state: Path) -> None:
    s = story_of("troops were sent")
    key = claim_key(s.claims[0])
    with open_store(story_dir, state) as store:
        store.mark_seen(s, now="2026-01-01T10:00:00Z")
        store.mark_seen(s, now="2026-01-01T10:00:30Z")
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT last_seen FROM seen WHERE key = ?", (key,)).fetchone()[0] == (
                "2026-01-01T10:00:00Z"
            )
        store.mark_seen(s, now="2026-01-01T10:05:00Z")
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT last_seen FROM seen WHERE key = ?", (key,)).fetchone()[0] == (
                "2026-01-01T10:05:00Z"
            )


def test_deferred_marks_answer_at_once_and_are_written_by_flush(story_dir: Path, state: Path) -> None:
    s = story_of("troops were sent", "talks failed")
    with open_store(story_dir, state) as store:
        seen = store.mark_seen(s, now="2026-01-01T10:00:00Z", defer=True)
        assert set(seen.values()) == {"2026-01-01T10:00:00Z"} and len(seen) == 4
        with sqlite3.connect(store.path) as conn:
            assert conn.execute("SELECT count(*) FROM seen").fetchone()[0] == 0  # nothing written yet
        # Marked again before the flush: known facts keep their time, new ones get the new time.
        s2 = story_of("troops were sent", "a new claim")
        again = store.mark_seen(s2, now="2026-01-01T10:00:20Z", defer=True)
        assert again[claim_key(s2.claims[0])] == "2026-01-01T10:00:00Z"
        assert again[claim_key(s2.claims[1])] == "2026-01-01T10:00:20Z"
        assert store.flush_seen() == {}
        assert store.flush_seen() == {}  # nothing left to write
        with sqlite3.connect(store.path) as conn:
            stored = dict(conn.execute("SELECT key, first_seen FROM seen"))
        assert stored == {**seen, **again}


def test_flush_returns_first_seen_times_another_process_wrote_first(story_dir: Path, state: Path) -> None:
    s = story_of("troops were sent")
    key = claim_key(s.claims[0])
    with open_store(story_dir, state) as mine, open_store(story_dir, state) as theirs:
        assert mine.mark_seen(s, now="2026-01-01T10:00:05Z", defer=True)[key] == "2026-01-01T10:00:05Z"
        theirs.mark_seen(s, now="2026-01-01T10:00:00Z")
        assert mine.flush_seen()[key] == "2026-01-01T10:00:00Z"
        assert mine.mark_seen(s, now="2026-01-01T10:00:10Z")[key] == "2026-01-01T10:00:00Z"


def test_a_failed_flush_is_written_by_the_next(story_dir: Path, state: Path) -> None:
    s = story_of("troops were sent")
    with open_store(story_dir, state) as store:
        seen = store.mark_seen(s, now="2026-01-01T10:00:00Z", defer=True)
        store._conn.execute("PRAGMA query_only = ON")
        assert store.flush_seen() == {}
        assert store.notice is not None and "not saved" in store.notice
        store._conn.execute("PRAGMA query_only = OFF")
        store.flush_seen()
        with sqlite3.connect(store.path) as conn:
            assert dict(conn.execute("SELECT key, first_seen FROM seen")) == seen


def test_closing_writes_deferred_marks(story_dir: Path, state: Path) -> None:
    s = story_of("troops were sent")
    with open_store(story_dir, state) as store:
        seen = store.mark_seen(s, now="2026-01-01T10:00:00Z", defer=True)
    with open_store(story_dir, state) as store:
        assert store.first_seen() == seen


def test_default_now_is_iso_utc_seconds(story_dir: Path, state: Path) -> None:
    import re

    with open_store(story_dir, state) as store:
        (when,) = set(store.mark_seen(story_of("x")).values())
    assert re.fullmatch(r"\d{4}-\d\d-\d\dT\d\d:\d\d:\d\dZ", when)


# Damaged, foreign and unwritable stores ------------------------------------------------------------


def _fill(story_dir: Path, state: Path, n: int = 60) -> Path:
    with open_store(story_dir, state) as store:
        for i in range(n):
            store.save_facts(doc_facts(f"f{i}.txt", sha=f"h{i}"), 1, "m")
        store.mark_seen(story_of("x"))
        return store.path


def _garbage(path: Path) -> None:
    path.write_bytes(b"this is not a database, just some text a user saved here\n" * 200)


def _malformed(path: Path) -> None:
    data = bytearray(path.read_bytes())
    assert len(data) > 8 * 4096
    data[2 * 4096 : 6 * 4096] = b"\xa5" * (4 * 4096)  # wreck b-tree pages, keep the header valid
    path.write_bytes(bytes(data))


@pytest.mark.parametrize("damage", [_garbage, _malformed], ids=["not-a-database", "malformed"])
def test_corrupt_store_is_moved_aside_and_rebuilt(story_dir: Path, state: Path, damage) -> None:
    path = _fill(story_dir, state)
    damage(path)
    with open_store(story_dir, state) as store:
        assert store.persistent
        assert store.notice is not None and store.notice.startswith("store was corrupt; moved to ")
        aside = Path(store.notice.split("moved to ")[1].removesuffix(" and rebuilt"))
        assert aside.is_file() and aside.parent == path.parent
        assert store.load_facts() == {}
        store.save_facts(doc_facts(), 1, "m")
    with open_store(story_dir, state) as again:
        assert again.notice is None
        assert set(again.load_facts()) == {"a.txt"}


def _foreign(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE notes (x TEXT)")


def _newer(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE files (path TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")


def _older_our_tables(conn: sqlite3.Connection) -> None:
    conn.execute("CREATE TABLE files (path TEXT)")
    conn.execute("CREATE TABLE versions (path TEXT)")
    conn.execute("CREATE TABLE seen (key TEXT)")
    conn.execute("CREATE TABLE meta (key TEXT)")
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION - 1}")


@pytest.mark.parametrize(
    ("make", "version"),
    [(_foreign, 0), (_newer, SCHEMA_VERSION + 1), (_older_our_tables, SCHEMA_VERSION - 1)],
    ids=["foreign-database", "newer-schema", "older-schema"],
)
def test_other_schema_is_moved_aside_and_rebuilt(story_dir: Path, state: Path, make, version: int) -> None:
    path = store_path(story_dir, state)
    path.parent.mkdir(parents=True)
    with sqlite3.connect(path) as conn:
        make(conn)
    with open_store(story_dir, state) as store:
        assert store.notice is not None
        assert store.notice.startswith(f"store had schema version {version} (this storywatch uses {SCHEMA_VERSION})")
        assert " and rebuilt" in store.notice
        store.save_facts(doc_facts(), 1, "m")
        assert set(store.load_facts()) == {"a.txt"}
    with sqlite3.connect(path) as conn:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION


def _state_is_a_file(state: Path) -> Path:
    state.write_text("not a folder")
    return state


def _state_is_read_only(state: Path) -> Path:
    if os.geteuid() == 0:
        pytest.skip("root ignores permissions")
    state.mkdir()
    state.chmod(0o500)
    return state


def _db_path_is_a_folder(state: Path) -> Path:
    return state  # the folder is made at the store's path by the test below


@pytest.mark.parametrize(
    "make", [_state_is_a_file, _state_is_read_only, _db_path_is_a_folder], ids=["file", "read-only", "db-is-folder"]
)
def test_unwritable_location_falls_back_to_memory(story_dir: Path, state: Path, make) -> None:
    state = make(state)
    if make is _db_path_is_a_folder:
        store_path(story_dir, state).mkdir(parents=True)
    try:
        with open_store(story_dir, state) as store:
            assert not store.persistent
            assert store.notice is not None and "memory-only store" in store.notice
            store.save_facts(doc_facts(), 1, "m")
            assert store.load_facts() == {"a.txt": doc_facts()}
            assert store.mark_seen(story_of("x"), now="2026-01-01T00:00:00Z")
    finally:
        if state.is_dir():
            state.chmod(0o700)


def test_failed_write_sets_notice_and_does_not_raise(story_dir: Path, state: Path) -> None:
    with open_store(story_dir, state) as store:
        s = story_of("troops were sent")
        first = store.mark_seen(s, now="2026-01-01T10:00:00Z")
        store._conn.execute("PRAGMA query_only = ON")  # every write now fails like on a read-only disk
        store.save_facts(doc_facts("b.txt"), 1, "m")
        assert store.notice is not None and "not saved" in store.notice
        # Known facts keep their first-seen time; new ones are seen now.
        again = store.mark_seen(story_of("troops were sent", "new"), now="2026-01-01T12:00:00Z")
        assert {k: again[k] for k in first} == first
        assert "2026-01-01T12:00:00Z" in again.values()
        assert "b.txt" not in store.load_facts()


def _corrupt_once():
    """Store work that fails once as a corrupt database, then succeeds: real damage under an open WAL connection
    hides behind its page cache, so it raises what SQLite would raise."""
    calls: list[int] = []

    def work(conn: sqlite3.Connection) -> str:
        calls.append(1)
        if len(calls) == 1:
            exc = sqlite3.DatabaseError("database disk image is malformed")
            exc.sqlite_errorcode = 11  # SQLITE_CORRUPT
            raise exc
        return "retried"

    return work


def test_corruption_while_open_rebuilds(story_dir: Path, state: Path) -> None:
    damaged_once = _corrupt_once()
    with open_store(story_dir, state) as store:
        s = story_of("troops were sent")
        first = store.mark_seen(s, now="2026-01-01T10:00:00Z")
        store.save_facts(doc_facts(), 1, "m")
        assert store._run(damaged_once, lambda: "fallback", write=True) == "retried"
        assert store.notice is not None and store.notice.startswith("store was corrupt; moved to ")
        assert store.persistent and store.load_facts() == {}
        store.save_facts(doc_facts("b.txt"), 1, "m")
        assert set(store.load_facts()) == {"b.txt"}
        # First-seen times this process knew survive the rebuild.
        assert store.mark_seen(s, now="2026-01-01T11:00:00Z") == first
        assert store.first_seen() == first


def test_a_store_rebuilt_under_deferred_marks_gets_every_known_time(story_dir: Path, state: Path) -> None:
    """Facts of documents no later update marks (unchanged files) still reach the rebuilt store."""

    damaged = _corrupt_once()
    with open_store(story_dir, state) as store:
        other = story_of("talks failed", doc="b.txt")
        known = store.mark_seen(other, now="2026-01-01T10:00:00Z", defer=True)
        store.flush_seen()
        store._run(damaged, lambda: None, write=True)  # corrupt once: moved aside, rebuilt empty, retried
        assert store.notice is not None and store.notice.startswith("store was corrupt")
        store.mark_seen(story_of("troops were sent"), now="2026-01-01T11:00:00Z", documents={"a.txt"}, defer=True)
        store.flush_seen()
        with sqlite3.connect(store.path) as conn:
            stored = dict(conn.execute("SELECT key, first_seen FROM seen"))
        assert {k: stored.get(k) for k in known} == known


# Concurrency ---------------------------------------------------------------------------------------


def test_threads_share_one_store(story_dir: Path, state: Path) -> None:
    errors: list[BaseException] = []
    with open_store(story_dir, state) as store:

        def work(i: int) -> None:
            try:
                for j in range(20):
                    store.save_facts(doc_facts(f"t{i}-{j}.txt", sha=f"{i}{j}"), j, "m")
                    store.mark_seen(story_of(f"claim {i} {j}", doc=f"t{i}.txt"))
                    store.load_facts() if j % 10 == 0 else store.file_versions()
            except BaseException as exc:  # noqa: BLE001 - collected and asserted below
                errors.append(exc)

        threads = [threading.Thread(target=work, args=(i,)) for i in range(4)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert errors == []
        assert store.notice is None
        assert len(store.file_versions()) == 80


_WRITER = """
import sys
from pathlib import Path
sys.path.insert(0, {repo!r})
from tests.extract.test_store import doc_facts, story_of
from extract.store import Store
who, story_dir, state = sys.argv[1], Path(sys.argv[2]), Path(sys.argv[3])
store = Store.open(story_dir, state)
for i in range(60):
    store.save_facts(doc_facts(f"{{who}}-{{i}}.txt", sha=f"{{who}}{{i}}"), i, "m")
    seen = store.mark_seen(story_of("shared claim", f"{{who}} claim {{i}}"), now=f"2026-01-01T10:00:{{i:02d}}Z")
    store.load_facts()
print(store.notice)
store.close()
"""


def test_two_processes_write_at_once(story_dir: Path, state: Path, tmp_path: Path) -> None:
    Store.open(story_dir, state).close()  # both processes see an existing store (creation races are tested above)
    script = tmp_path / "writer.py"
    script.write_text(_WRITER.format(repo=str(REPO)))
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), who, str(story_dir), str(state)],
            stdout=subprocess.PIPE,
            stderr=subprocess.PIPE,
            text=True,
        )
        for who in ("alice", "bob")
    ]
    outs = [p.communicate(timeout=120) for p in procs]
    for p, (out, err) in zip(procs, outs, strict=True):
        assert p.returncode == 0, err
        assert out.strip() == "None", out  # no fallback, no lost write
    with open_store(story_dir, state) as store:
        versions = store.file_versions()
        assert len(versions) == 120
        assert {p.split("-")[0] for p in versions} == {"alice", "bob"}
        seen = store.first_seen()
        assert len([k for k in seen if k.startswith("claim|")]) == 121


def test_two_processes_create_the_store_at_once(story_dir: Path, state: Path, tmp_path: Path) -> None:
    script = tmp_path / "writer.py"
    script.write_text(_WRITER.format(repo=str(REPO)).replace("range(60)", "range(5)"))
    procs = [
        subprocess.Popen(
            [sys.executable, str(script), who, str(story_dir), str(state)], stdout=subprocess.PIPE, text=True
        )
        for who in ("alice", "bob", "carol")
    ]
    outs = [p.communicate(timeout=120)[0] for p in procs]
    assert [p.returncode for p in procs] == [0, 0, 0]
    assert [o.strip() for o in outs] == ["None"] * 3
    with open_store(story_dir, state) as store:
        assert len(store.file_versions()) == 15


def test_a_snapshot_head_from_other_facts_is_never_painted(story_dir: Path, state: Path) -> None:
    from dataclasses import replace

    from extract.story import build_story

    facts = [doc_facts(p, sha=p) for p in ("a.txt", "b.txt")]
    story = build_story(facts)
    head = replace(story, extra={"totals": {"actors": 9}})
    with open_store(story_dir, state) as store:
        for f in facts:
            store.save_facts(f, size=100, model="m1")
        # An older storywatch's single-row snapshot, left in the store.
        store._run(lambda c: c.execute("INSERT INTO meta (key, value) VALUES ('snapshot', '{}')"), lambda: None, True)
        store.save_snapshot(story, head=head)
        assert store.load_snapshot(head=True) == head and store.load_snapshot(head=True).extra == head.extra
        legacy = store._run(
            lambda c: c.execute("SELECT count(*) FROM meta WHERE key = 'snapshot'").fetchone()[0], int, False
        )
        assert legacy == 0  # an older storywatch finds no snapshot rather than reading an empty story
        # Facts saved by someone else (e.g. an older storywatch, which leaves this head alone): the head is stale.
        store.save_facts(doc_facts("b.txt", sha="b2"), size=100, model="m1")
        assert store.load_snapshot(head=True) is None and store.load_snapshot() is None


def test_the_store_and_its_folders_are_its_users_only(story_dir: Path, tmp_path: Path, monkeypatch) -> None:
    """On a shared machine the store (quotes and sentences of drafts) was readable by other users: with umask 022 the
    state folder was 0755 and the store's files 0644 (probe s27 r6). In storywatch's own state folder, folders it
    makes are 0700 and its files 0600, also a store an earlier version left readable. A --state folder the user
    names may be shared on purpose (review s27 rev3r MED 1): what it makes there is 0700/0600, what is there stays
    as it is (a teammate could not change its rights: EPERM gave a memory-only store)."""
    import stat

    def mode(p: Path) -> int:
        return stat.S_IMODE(p.stat().st_mode)

    old = os.umask(0o022)
    monkeypatch.setenv("XDG_STATE_HOME", str(tmp_path / "xdg"))
    try:
        with Store.open(story_dir) as store:
            store.save_facts(doc_facts(), 1, "m")
            path = store.path
            files = [p for p in path.parent.iterdir() if p.name.startswith(path.name)]
            assert {p.name[len(path.name) :] for p in files} >= {"", "-wal"}
            assert {mode(p) for p in files} == {0o600}
            assert {mode(p) for p in (path.parent, path.parent.parent)} == {0o700}
            assert mode(tmp_path / "xdg") == 0o755  # a parent it made as mkdir -p does
        path.chmod(0o644)
        path.parent.chmod(0o755)
        with Store.open(story_dir):
            assert mode(path) == 0o600 and mode(path.parent) == 0o700
        shared = tmp_path / "shared"
        (shared / "stories").mkdir(parents=True)
        os.chmod(shared, 0o2775)
        os.chmod(shared / "stories", 0o775)
        with open_store(story_dir, shared) as store:
            assert mode(store_path(story_dir, shared)) == 0o600  # made here: its user's
        store_path(story_dir, shared).chmod(0o664)
        with open_store(story_dir, shared) as store:
            assert store.persistent
        assert (mode(shared), mode(shared / "stories"), mode(store_path(story_dir, shared))) == (0o2775, 0o775, 0o664)
        # A link planted in the store's place (a shared --state folder) is refused, its target's rights untouched.
        planted, target = store_path(story_dir, shared), tmp_path / "target"
        target.write_text("x")
        target.chmod(0o644)
        for extra in planted.parent.iterdir():
            extra.unlink()
        planted.symlink_to(target)
        with open_store(story_dir, shared) as store:
            assert not store.persistent
        assert mode(target) == 0o644
    finally:
        os.umask(old)
