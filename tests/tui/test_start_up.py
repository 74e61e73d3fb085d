"""Start-up: what the first paint of a stored story waits for, and that nothing saved meanwhile is lost."""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from tests.tui.conftest import ARTICLE_B, wait_for
from tui.app import make_app

ROOT = Path(__file__).resolve().parents[2]


def test_the_first_paint_imports_neither_the_watcher_nor_the_file_reader():
    """The app and the tracker (which the start-up worker imports to read the stored story) load no watchdog and no
    charset_normalizer: both come after the stored story is on screen (about 50-75 ms of imports before it)."""
    late = ("watchdog", "charset_normalizer", "extract.textio", "tui.watcher")
    code = f"import sys, tui.app, tui.tracker; print(sorted(m for m in {late!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


def test_the_first_paint_imports_neither_the_model_loader_nor_the_editor_helper():
    """The pipeline module (the model's loader: only the worker needs it, after the first paint) and the editor's
    command builder (shlex) are imported where they are used."""
    late = ("extract.pipeline", "tui.widgets.editor", "shlex")
    code = f"import sys, tui.app, tui.tracker; print(sorted(m for m in {late!r} if m in sys.modules))"
    out = subprocess.run([sys.executable, "-c", code], cwd=ROOT, capture_output=True, text=True, check=True)
    assert out.stdout.strip() == "[]"


async def test_a_file_saved_before_the_folder_is_watched_is_still_read(seeds, tmp_path, engine, monkeypatch):
    """The folder is watched only once the stored story is shown; a file saved before that is found by the look for
    changed files that follows, which starts only after the watcher has."""
    first = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with first.run_test(size=(140, 40)) as pilot:  # fills the store: the next launch paints it first
        await wait_for(pilot, lambda: first.story is not None and first.tracker is not None and not first._busy)

    import tui.tracker

    watching_then: list[bool] = []
    original = tui.tracker.StoryTracker.warm_start

    def warm_start(self):
        watching_then.append(app._watcher is not None)
        (seeds / "lazard.txt").write_text(ARTICLE_B, encoding="utf-8")  # saved while the stored story is read
        return original(self)

    monkeypatch.setattr(tui.tracker.StoryTracker, "warm_start", warm_start)
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    async with app.run_test(size=(140, 40)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and "Tom Baker" in {a.name for a in app.story.actors})
        assert watching_then == [False]
        await wait_for(pilot, lambda: app._watcher is not None and app._watcher.running)
        # Near miss: a save once the app is up is seen by the watcher, as before.
        (seeds / "lazard.txt").write_text(ARTICLE_B.replace("Tom Baker", "Mary Jones"), encoding="utf-8")
        await wait_for(pilot, lambda: "Mary Jones" in {a.name for a in app.story.actors})


_WATCH_STARTS = """
import sys
from pathlib import Path
from tui.app import StoryWatchApp, make_app

seen = []
start = StoryWatchApp._start_watching

def start_watching(self, started=None):
    seen.append("tui.watcher" in sys.modules)  # imported already: the event loop only makes and starts the observer
    start(self, started)
    self.exit()

StoryWatchApp._start_watching = start_watching
app = make_app(Path(sys.argv[1]), state_dir=Path(sys.argv[2]), config=Path(sys.argv[2]) / "config", use_store=False)
app.run(headless=True, size=(100, 30))
print(seen)
"""


def test_the_watcher_is_imported_by_the_worker_not_on_the_event_loop(seeds, tmp_path):
    """Review r1 LOW-1: importing watchdog and the file reader (40-110 ms) would stall the stored story on screen."""
    run = subprocess.run(
        [sys.executable, "-c", _WATCH_STARTS, str(seeds), str(tmp_path / "state")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert run.stdout.strip().splitlines()[-1] == "[True]"


def test_the_modules_used_on_first_use_are_imported_once_the_story_is_shown(seeds, tmp_path, engine):
    """Probe s28 UX-3: a running app imported the Files screen at its first notice, from the code on disk by then; a
    change of the tree in between crashed it ("cannot import name 'middle_cut'"). The start-up worker imports them."""
    import subprocess
    import sys

    code = (
        "import sys\n"
        "from tui.app import LATE_MODULES, import_the_rest\n"
        "assert not any(m in sys.modules for m in LATE_MODULES), [m for m in LATE_MODULES if m in sys.modules]\n"
        "import_the_rest()\n"
        "print(all(m in sys.modules for m in LATE_MODULES))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "True"


async def test_the_start_up_worker_imports_the_modules_used_on_first_use(seeds, tmp_path, monkeypatch):
    import tui.app
    from tests.tui.conftest import wait_for
    from tests.tui.fixed_story import FixedEngine

    calls: list[str] = []
    monkeypatch.setattr(tui.app, "import_the_rest", lambda: calls.append("imported"))
    app = tui.app.make_app(seeds, state_dir=tmp_path / "state", engine=FixedEngine(), config=tmp_path / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and not app._busy and app.status == "", timeout=60)
        assert calls == ["imported"]
