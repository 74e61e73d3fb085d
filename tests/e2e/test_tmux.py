"""End to end in a real terminal: storywatch in tmux on a copy of seeds/, an edit, and the pane shows it.

Uses its own tmux server socket, so it never touches the user's sessions. Skipped when tmux is missing
(.ci/run installs it).
"""

from __future__ import annotations

import os
import re
import shlex
import shutil
import subprocess
import sys
import time
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]
pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="tmux is not installed")


class Tmux:
    """A private tmux server with one session."""

    def __init__(self, socket: Path) -> None:
        self.socket = str(socket)

    def run(self, *args: str) -> str:
        done = subprocess.run(["tmux", "-S", self.socket, *args], capture_output=True, text=True, timeout=10)
        return done.stdout

    def pane(self) -> str:
        return self.run("capture-pane", "-p", "-t", "sw")

    def wait_for(self, text: str, timeout: float) -> str:
        deadline = time.monotonic() + timeout
        screen = ""
        while time.monotonic() < deadline:
            screen = self.pane()
            if text in screen:
                return screen
            time.sleep(0.25)
        raise AssertionError(f"{text!r} not on screen after {timeout}s:\n{screen}")

    def alive(self) -> bool:
        done = subprocess.run(["tmux", "-S", self.socket, "has-session", "-t", "sw"], capture_output=True)
        return done.returncode == 0


def claims_in_header(screen: str) -> int:
    found = re.search(r"(\d+) claims?", screen.splitlines()[0] if screen else "")
    return int(found.group(1)) if found else -1


def test_dashboard_in_tmux_follows_an_edit(tmp_path):
    seeds = tmp_path / "seeds"
    shutil.copytree(REPO / "seeds", seeds)
    article = next(seeds.glob("*.txt"))
    env = {
        "XDG_CONFIG_HOME": str(tmp_path / "config"),  # the theme file goes here, not into the user's config
        "TERM": "xterm-256color",
        "PYTHONPATH": str(REPO),
    }
    # A detached pane can still be 0x0 for an instant after it is created; starting a moment later means
    # the app reads the real 120x36 size.
    command = "sleep 0.5; exec " + " ".join(
        [
            "env",
            *(f"{k}={shlex.quote(v)}" for k, v in env.items()),
            shlex.quote(sys.executable),
            "-m",
            "tui",
            shlex.quote(str(seeds)),
            "--state",
            shlex.quote(str(tmp_path / "state")),
        ]
    )
    tmux = Tmux(tmp_path / "tmux.sock")
    subprocess.run(
        [
            "tmux",
            "-S",
            tmux.socket,
            "-f",
            os.devnull,
            "new-session",
            "-d",
            "-s",
            "sw",
            "-x",
            "120",
            "-y",
            "36",
            command,
        ],
        check=True,
        cwd=REPO,
        timeout=10,
    )
    try:
        screen = tmux.wait_for("Zelensky", timeout=120)
        assert "storywatch" in screen and "Recent claims" in screen

        before = claims_in_header(screen)

        # A new paragraph with a quote: the header count goes up and the claim can be found with / in Claims.
        with article.open("a", encoding="utf-8") as fh:
            fh.write("\n\u201cThe Kherson bridge will reopen in May,\u201d said Olena Petrenko, the governor.\n")
        deadline = time.monotonic() + 60
        while claims_in_header(tmux.pane()) <= before and time.monotonic() < deadline:
            time.sleep(0.25)
        assert claims_in_header(tmux.pane()) > before, tmux.pane()
        # Wait for the filter box before typing: on a loaded machine the update may still be redrawing.
        tmux.run("send-keys", "-t", "sw", "3", "/")
        tmux.wait_for("Enter keeps", timeout=20)
        tmux.run("send-keys", "-t", "sw", "-l", "Kherson")
        tmux.run("send-keys", "-t", "sw", "Enter")
        tmux.wait_for("Recent claims 1 of", timeout=20)
        # The title can reach the terminal a frame before the rows on a loaded machine: wait for the row itself.
        screen = tmux.wait_for("Kherson bridge", timeout=10)
        assert "Olena Petrenko" in screen and "Recent claims 1 of" in screen, screen

        # Keys work in a real terminal: help opens and closes, q quits.
        tmux.run("send-keys", "-t", "sw", "?")
        tmux.wait_for("storywatch keys", timeout=10)
        tmux.run("send-keys", "-t", "sw", "Escape")
        # Wait for the help to close: a key sent right after Escape would arrive as Alt+key.
        deadline = time.monotonic() + 10
        while "storywatch keys" in tmux.pane() and time.monotonic() < deadline:
            time.sleep(0.2)
        tmux.run("send-keys", "-t", "sw", "q")
        deadline = time.monotonic() + 15
        while tmux.alive() and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not tmux.alive(), tmux.pane()
    finally:
        tmux.run("kill-server")
