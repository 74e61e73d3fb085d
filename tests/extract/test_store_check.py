"""A store can be opened without its integrity check and checked later (``Store.open(check=False)``, ``check()``).

The check reads the whole file (50-60 ms at 1,000 files); a launch paints the head of the stored story first and
checks after. A damaged store is then moved aside and rebuilt with the same notice as when ``open`` finds it.
"""

from __future__ import annotations

from pathlib import Path

from extract.records import DocFacts, DocumentInfo
from extract.store import Store


def facts(path: str) -> DocFacts:
    return DocFacts(DocumentInfo(path, "t", 3, "h" + path, 1.0), (), (), (), (), ())


def fill(story: Path, state: Path) -> Path:
    with Store.open(story, state) as store:
        for i in range(60):
            store.save_facts(facts(f"f{i}.txt"), 1, "m")
        return store.path


def wreck(path: Path) -> None:
    data = bytearray(path.read_bytes())
    data[2 * 4096 : 6 * 4096] = b"\xa5" * (4 * 4096)  # b-tree pages broken, the header still valid
    path.write_bytes(bytes(data))


def test_a_damaged_store_opened_unchecked_is_rebuilt_by_the_check(tmp_path: Path) -> None:
    path = fill(tmp_path / "s", tmp_path / "state")
    wreck(path)
    store = Store.open(tmp_path / "s", tmp_path / "state", check=False)
    assert store.notice is None  # not checked yet
    store.check()
    assert store.notice is not None and store.notice.startswith("store was corrupt; moved to ")
    assert store.persistent and store.load_facts() == {}
    store.save_facts(facts("a.txt"), 1, "m")
    store.close()
    with Store.open(tmp_path / "s", tmp_path / "state") as again:
        assert again.notice is None and set(again.load_facts()) == {"a.txt"}


def test_a_sound_store_opened_unchecked_keeps_everything(tmp_path: Path) -> None:
    """Near miss: the check of a sound store changes nothing, and a second check does not run again."""
    fill(tmp_path / "s", tmp_path / "state")
    with Store.open(tmp_path / "s", tmp_path / "state", check=False) as store:
        store.check()
        store.check()
        assert store.notice is None
        assert len(store.load_facts()) == 60


def test_open_still_checks_by_default(tmp_path: Path) -> None:
    path = fill(tmp_path / "s", tmp_path / "state")
    wreck(path)
    with Store.open(tmp_path / "s", tmp_path / "state") as store:
        assert store.notice is not None and store.notice.startswith("store was corrupt; moved to ")
