"""The stored facts' fingerprint (which a saved story must match to be painted) is read from an index.

Without it SQLite read each file's row through its facts JSON to reach the ``saved`` column, on every snapshot load
(the head a launch paints first, then the whole story): 20-50 ms at 1,000 files. A store made before the index
existed gets it when opened; the fingerprint and what it invalidates stay the same.
"""

from __future__ import annotations

import sqlite3
from pathlib import Path

from extract.records import DocFacts, DocumentInfo, Story
from extract.store import Store

QUERY = "SELECT path, sha256, model, format, saved FROM files ORDER BY path"


def facts(path: str, sha: str) -> DocFacts:
    return DocFacts(DocumentInfo(path, "t", 3, sha, 1.0), (), (), (), (), ())


def plan(store: Store) -> str:
    return " ".join(str(r) for r in store._conn.execute("EXPLAIN QUERY PLAN " + QUERY))


def test_the_fingerprint_reads_a_covering_index(tmp_path: Path) -> None:
    with Store.open(tmp_path / "s", tmp_path / "state") as store:
        assert "COVERING INDEX" in plan(store)


def test_a_store_made_without_the_index_gets_it_and_keeps_its_snapshot(tmp_path: Path) -> None:
    story = Story(documents=(facts("a.txt", "h1").document,))
    with Store.open(tmp_path / "s", tmp_path / "state") as store:
        store.save_facts(facts("a.txt", "h1"), size=1, model="m")
        store.save_snapshot(story)
        path = store.path
    conn = sqlite3.connect(path)
    conn.execute("DROP INDEX files_fingerprint")  # as an older storywatch left it
    conn.commit()
    conn.close()
    with Store.open(tmp_path / "s", tmp_path / "state") as store:
        assert store.notice is None
        assert "COVERING INDEX" in plan(store)
        assert store.load_snapshot() == story  # the same fingerprint as before the index
        store.save_facts(facts("a.txt", "h2"), size=1, model="m")  # re-made since: the snapshot no longer matches
        assert store.load_snapshot() is None
