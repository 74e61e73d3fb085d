"""q or SIGTERM while an update reads a file: once the terminal is given back the process still waits for that
read (a thread cannot be stopped mid-parse), and says so (probe s30 U18: a blank terminal for 45 s after q while a
3 MB file was read, taken for a hang)."""

from __future__ import annotations

import subprocess
import sys

from tests.tui.test_start_up import ROOT

_QUIT_WHILE_READING = """
import os, signal, sys, time
from pathlib import Path
import tui.tracker
from extract.engine import Engine
from tui.app import make_app

seeds, state = Path(sys.argv[1]), Path(sys.argv[2])
update = tui.tracker.StoryTracker.update

def slow_update(self, names, progress=None):
    os.kill(os.getpid(), signal.SIGTERM)  # the quit comes while the file is read
    time.sleep(1.5)
    return update(self, names, progress=progress)

tui.tracker.StoryTracker.update = slow_update
app = make_app(seeds, state_dir=state, engine=Engine(), config=state / "config", quit_on_signals=True)
app.run(headless=True, size=(100, 30))
"""


def test_the_exit_says_which_read_it_waits_for(seeds, tmp_path):
    run = subprocess.run(
        [sys.executable, "-c", _QUIT_WHILE_READING, str(seeds), str(tmp_path / "state")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "storywatch: finishing the read of acme.txt before exiting" in run.stderr, run.stderr[-2000:]


def test_a_quit_with_nothing_being_read_says_nothing(seeds, tmp_path):
    idle_then_quit = (
        "app.call_later(lambda: app.set_interval(0.1, lambda: app._busy or app.story is None or app.exit()))"
    )
    script = _QUIT_WHILE_READING.replace(
        "os.kill(os.getpid(), signal.SIGTERM)  # the quit comes while the file is read", "pass"
    ).replace("app.run(", idle_then_quit + "\napp.run(")
    run = subprocess.run(
        [sys.executable, "-c", script, str(seeds), str(tmp_path / "state")],
        cwd=ROOT,
        capture_output=True,
        text=True,
        timeout=300,
    )
    assert run.returncode == 0, run.stderr[-2000:]
    assert "finishing" not in run.stderr, run.stderr[-2000:]
