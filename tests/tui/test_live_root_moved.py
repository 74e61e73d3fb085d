"""The story folder renamed away is gone from its path as a deleted one is (review s16 HIGH-1).

inotify reports a rename of the watched folder itself as a move of it (IN_MOVE_SELF), which the handler took for a
change of a subfolder: the app rescanned an empty path, the observer went on watching the moved folder, and a folder
made again at the path (or the same one moved back) was never watched.
"""

from __future__ import annotations

import os
from pathlib import Path

from watchdog.events import DirMovedEvent

from tests.tui.conftest import ARTICLE_B, wait_for
from tui.app import make_app
from tui.messages import FileChanged, FolderProblem
from tui.watcher import _Handler


def names(app) -> set[str]:
    return {a.name for a in app.story.actors} if app.story else set()


def test_a_moved_root_is_a_folder_problem_and_a_moved_subfolder_is_not(tmp_path: Path) -> None:
    posted: list[object] = []
    handler = _Handler(tmp_path / "seeds", posted.append)
    handler.on_any_event(DirMovedEvent(str(tmp_path / "seeds"), str(tmp_path / "seeds.old")))
    problems = [m for m in posted if isinstance(m, FolderProblem)]
    assert len(problems) == 1 and not problems[0].present and "moved away" in problems[0].text
    posted.clear()
    # Near miss: a subfolder renamed inside the story is a change of files, no problem with the folder.
    handler.on_any_event(DirMovedEvent(str(tmp_path / "seeds" / "wire"), str(tmp_path / "seeds" / "wire2")))
    assert posted and all(isinstance(m, FileChanged) for m in posted)


async def test_a_folder_made_again_where_the_story_was_moved_from_is_watched(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and app._watcher is not None and app._watcher.running)
        os.rename(seeds, tmp_path / "seeds.old")
        await wait_for(pilot, lambda: app.story is not None and not app.story.documents)
        seeds.mkdir()
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in names(app), timeout=30)
        # The new folder is the one watched now: an edit in it is seen.
        (seeds / "lazard.txt").write_text(ARTICLE_B.replace("Tom Baker", "Mary Jones"), encoding="utf-8")
        await wait_for(pilot, lambda: "Mary Jones" in names(app), timeout=30)


async def test_the_story_folder_moved_away_and_back_is_read_and_watched_again(seeds, tmp_path, engine):
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and app._watcher is not None and app._watcher.running)
        os.rename(seeds, tmp_path / "seeds.old")
        await wait_for(pilot, lambda: app.story is not None and not app.story.documents)
        os.rename(tmp_path / "seeds.old", seeds)
        await wait_for(pilot, lambda: "Jane Smith" in names(app), timeout=30)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in names(app), timeout=30)


def test_the_watcher_tells_a_folder_replaced_at_its_path(tmp_path: Path) -> None:
    from tui.watcher import FolderWatcher

    root = tmp_path / "seeds"
    root.mkdir()
    watcher = FolderWatcher(root, lambda m: None)
    watcher.start()
    try:
        assert not watcher.moved()
        (root / "a.txt").write_text("x", encoding="utf-8")  # near miss: a file saved in it moves nothing
        assert not watcher.moved()
        os.rename(root, tmp_path / "seeds.old")
        assert watcher.moved()
        root.mkdir()  # another folder at the path
        assert watcher.moved()
        watcher.start()
        assert not watcher.moved()
    finally:
        watcher.stop()


# Review s16 round 2 -------------------------------------------------------------------------------------------------


async def test_a_story_folder_given_through_a_link_takes_live_changes(tmp_path, engine):
    """HIGH-r2-1: watchdog reports the resolved folder's paths; they are mapped onto the folder as given, so a save
    is read as a file of the story (it was 'cannot be read: outside the story folder')."""
    from tests.tui.conftest import ARTICLE_A

    real = tmp_path / "real"
    real.mkdir()
    (real / "acme.txt").write_text(ARTICLE_A, encoding="utf-8")
    link = tmp_path / "link"
    link.symlink_to(real)
    app = make_app(link, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and app._watcher is not None and app._watcher.running)
        (link / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")
        await wait_for(pilot, lambda: "Tom Baker" in names(app), timeout=30)
        assert {d.path for d in app.story.documents} == {"acme.txt", "lazard.txt"}
        assert not [d for d in app.story.documents if d.error]


def test_a_linked_folder_re_pointed_or_removed_is_moved(tmp_path: Path) -> None:
    """HIGH-r2-2: the watcher looks at the folder as given (through the link), not at where it led at start."""
    from tui.watcher import FolderWatcher

    real, other = tmp_path / "real", tmp_path / "other"
    real.mkdir()
    other.mkdir()
    link = tmp_path / "link"
    link.symlink_to(real)
    watcher = FolderWatcher(link, lambda m: None)
    watcher.start()
    try:
        assert not watcher.moved()
        link.unlink()
        link.symlink_to(other)
        assert watcher.moved()
        watcher.start()  # watched again: where the link leads now
        assert not watcher.moved() and watcher.root == other.resolve()
        link.unlink()
        assert watcher.moved()
    finally:
        watcher.stop()


async def test_a_missing_folder_stays_in_the_header_and_is_looked_for_off_the_event_loop(
    seeds, tmp_path, engine, monkeypatch
):
    """MED-r2-1: the status says the folder is missing until it is back (the rescan's update cleared it);
    MED-r2-2: the look at the path (a stat, which a dead network mount blocks) runs in a thread."""
    import threading

    from tui.watcher import FolderWatcher

    threads: list[bool] = []
    real = FolderWatcher.moved

    def moved(self):
        threads.append(threading.current_thread() is threading.main_thread())
        return real(self)

    monkeypatch.setattr(FolderWatcher, "moved", moved)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(120, 36)) as pilot:
        await wait_for(pilot, lambda: "Jane Smith" in names(app) and app._watcher is not None and app._watcher.running)
        os.rename(seeds, tmp_path / "seeds.old")
        await wait_for(pilot, lambda: app.story is not None and not app.story.documents and not app._busy)
        await pilot.pause(0.5)
        assert "moved away" in app.status
        assert threads and not any(threads)
        os.rename(tmp_path / "seeds.old", seeds)
        await wait_for(pilot, lambda: "Jane Smith" in names(app), timeout=30)
        assert "moved away" not in app.status
