"""Live tracking: every kind of file-system event reaches the panels; warm start from the store."""

from __future__ import annotations

import os
import shutil
import threading

import pytest

from extract.engine import Engine
from tests.tui.conftest import ARTICLE_A, ARTICLE_B, wait_for
from tui.app import make_app


def names(app) -> set[str]:
    return {a.name for a in app.story.actors} if app.story else set()


def docs(app) -> set[str]:
    return {d.path for d in app.story.documents} if app.story else set()


@pytest.mark.parametrize("poll", [False, True], ids=["inotify", "polling"])
async def test_move_in_and_out_of_the_folder(seeds, tmp_path, engine, poll):
    outside = tmp_path / "outside"
    outside.mkdir()
    (outside / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, poll=poll)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
        os.rename(outside / "lazard.txt", seeds / "lazard.txt")
        await wait_for(pilot, lambda: "Tom Baker" in names(app))
        os.rename(seeds / "acme.txt", outside / "acme.txt")
        await wait_for(pilot, lambda: "Jane Smith" not in names(app) and docs(app) == {"lazard.txt"})
        # A rename inside the folder moves the facts to the new name.
        os.rename(seeds / "lazard.txt", seeds / "lazard-2.txt")
        await wait_for(pilot, lambda: docs(app) == {"lazard-2.txt"} and "Tom Baker" in names(app))


async def test_subfolders_and_folder_delete_recreate(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
        sub = seeds / "wire"
        sub.mkdir()
        (sub / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "wire/lazard.txt" in docs(app))
        shutil.rmtree(sub)
        await wait_for(pilot, lambda: docs(app) == {"acme.txt"})
        # The whole story folder goes away and comes back.
        shutil.rmtree(seeds)
        await wait_for(pilot, lambda: app.story is not None and not app.story.documents)
        seeds.mkdir()
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in names(app), timeout=30)


async def test_temp_and_hidden_files_are_ignored(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
        for name in (".hidden.txt", "draft.txt~", ".acme.txt.swp", "4913", ".#acme.txt"):
            (seeds / name).write_text(ARTICLE_B, encoding="utf-8")
        (seeds / "visible.txt").write_text(ARTICLE_A.replace("Jane Smith", "Ann Lee"), encoding="utf-8")
        await wait_for(pilot, lambda: "Ann Lee" in names(app))
        assert docs(app) == {"acme.txt", "visible.txt"}
        assert "Tom Baker" not in names(app)


class SlowEngine(Engine):
    """An engine whose model only 'loads' when the test says so."""

    def __init__(self, nlp, gate: threading.Event) -> None:
        super().__init__()
        self._real = nlp
        self._gate = gate

    @property
    def nlp(self):
        self._gate.wait(30)
        return self._real


async def test_warm_start_shows_the_stored_story_before_the_model_loads(seeds, tmp_path, engine, nlp):
    state = tmp_path / "state"
    app = make_app(seeds, state_dir=state, engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
    # While storywatch was closed a file was added: the stored story shows first, then the new file.
    (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
    gate = threading.Event()
    app = make_app(seeds, state_dir=state, engine=SlowEngine(nlp, gate))
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
        assert "Tom Baker" not in names(app), "the model is still 'loading'"
        gate.set()
        await wait_for(pilot, lambda: "Tom Baker" in names(app))
        # Claims seen in the first session keep their first-seen time.
        first = {c.text: c.first_seen for c in app.story.claims}
        assert all(first.values())


async def test_unreadable_file_is_a_per_file_error_and_others_keep_updating(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app))
        (seeds / "scan.txt").write_bytes(b"\x00\x01PDF" * 100)
        await wait_for(pilot, lambda: any(d.error for d in app.story.documents))
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in names(app))
        assert "Jane Smith" in names(app)


async def test_a_save_is_extracted_during_the_debounce_and_the_update_takes_those_facts(
    seeds, tmp_path, nlp, monkeypatch, extracted
):
    """The debounce waits for a burst of events to end; the extraction starts at the save, not after it."""
    import hashlib

    import tui.app as app_mod

    engine = Engine(nlp=nlp)
    calls = extracted
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and not app._busy)
        monkeypatch.setattr(app_mod, "DEBOUNCE_S", 10.0)  # long enough to look inside it
        monkeypatch.setattr(app_mod, "MAX_WAIT_S", 20.0)
        data = ARTICLE_B.encode("utf-8")
        (seeds / "lazard.txt").write_bytes(data)
        key = ("lazard.txt", hashlib.sha256(data).hexdigest())
        await wait_for(pilot, lambda: key in engine.recent, timeout=8)
        assert "lazard.txt" not in docs(app)  # extracted, not yet shown: the debounce still runs
        await wait_for(pilot, lambda: "Tom Baker" in names(app), timeout=30)
        assert calls.count("lazard.txt") == 1  # the update took the facts read ahead
        assert not app._reading_ahead


async def test_reading_ahead_is_bounded_for_bursts_and_files_written_over_and_over(
    seeds, tmp_path, nlp, monkeypatch, extracted
):
    """A checkout (many files) is left to the update and its worker processes; a file rewritten again and again is
    read ahead at most AHEAD_PASSES times per debounce."""
    import asyncio

    import tui.app as app_mod

    engine = Engine(nlp=nlp)
    calls = extracted
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine)
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and not app._busy)
        monkeypatch.setattr(app_mod, "DEBOUNCE_S", 10.0)
        monkeypatch.setattr(app_mod, "MAX_WAIT_S", 20.0)
        calls.clear()
        for i in range(8):
            (seeds / f"wire-{i}.txt").write_text(ARTICLE_B.replace("Tom", f"Tom{i}"), encoding="utf-8")
        await wait_for(pilot, lambda: len(app._dirty) == 8)
        await wait_for(pilot, lambda: not app._reading_ahead)
        assert len(calls) <= min(app_mod.AHEAD_FILES, 4)  # not the whole burst: it waits for the update
        app._maybe_flush()
        await wait_for(pilot, lambda: len(docs(app)) == 9 and not app._busy, timeout=60)
        calls.clear()
        for i in range(5):  # one file, five versions, all within one debounce
            (seeds / "draft.txt").write_text(f"Version {i}: Acme Corp cut {i + 1},000 jobs.\n", encoding="utf-8")
            await wait_for(pilot, lambda: not app._reading_ahead)
            await asyncio.sleep(0.05)
        assert calls.count("draft.txt") <= min(app_mod.AHEAD_PASSES, 2)  # not every version


async def test_a_changed_figure_marks_its_own_row_not_others_counting_the_same_thing(seeds, tmp_path, engine):
    """Two figures of one file that count the same thing share a fact key: changing one marks that one alone."""
    from tui.widgets.figures import FiguresPanel

    text = (
        "Police said 300 protesters gathered outside the ministry on Monday.\n\n"
        "By Tuesday evening, 500 protesters had gathered outside the ministry, organisers said.\n"
    )
    (seeds / "acme.txt").write_text(text, encoding="utf-8")
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, use_store=False)

    def marks() -> dict[str, str]:
        table = app.query_one(FiguresPanel)
        return {str(r[2]): str(r[0]) for r in (table.get_row_at(i) for i in range(table.row_count))}

    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: {"300", "500"} <= set(marks()) and not app._busy)
        (seeds / "acme.txt").write_text(text.replace("500", "800"), encoding="utf-8")
        await wait_for(pilot, lambda: "800" in marks())
        assert marks() == {"300": "", "800": "\u25cf"}
