"""Copying over SSH: OSC 52, routed through tmux or GNU screen when the app runs inside them.

tmux ignores an application's OSC 52 unless `set-clipboard on` (the default is `external`), and drops DCS
passthrough unless `allow-passthrough on` (tmux >= 3.3), so inside tmux we hand the text to tmux itself with
`tmux load-buffer -w -`: it lands in tmux's paste buffer (prefix ]) and tmux forwards it to the outer terminal's
clipboard with its own OSC 52. GNU screen forwards a DCS-wrapped sequence, in chunks it can hold.
"""

from __future__ import annotations

import base64
import os
import shutil
import subprocess
from collections.abc import Mapping

SCREEN_CHUNK = 76
"""GNU screen truncates long DCS strings; 76 characters per DCS is what its own docs and vim-oscyank use."""


def osc52(text: str) -> str:
    """The OSC 52 'set clipboard' sequence for ``text``."""
    return f"\x1b]52;c;{base64.b64encode(text.encode('utf-8')).decode('ascii')}\a"


def screen_passthrough(sequence: str) -> str:
    """``sequence`` wrapped in DCS strings that GNU screen passes to the outer terminal."""
    chunks = [sequence[i : i + SCREEN_CHUNK] for i in range(0, len(sequence), SCREEN_CHUNK)]
    return "".join(f"\x1bP{chunk}\x1b\\" for chunk in chunks)


def multiplexer(env: Mapping[str, str] | None = None) -> str | None:
    """'tmux', 'screen' or None, from the environment the app runs in."""
    env = os.environ if env is None else env
    if env.get("TMUX"):
        return "tmux"
    if env.get("STY"):
        return "screen"
    return None


def tmux_load_buffer(text: str) -> str | None:
    """Put ``text`` in tmux's buffer and the outer clipboard; None on success, else why it failed."""
    tmux = shutil.which("tmux")
    if tmux is None:
        return "tmux not found"
    data = text.encode("utf-8")
    try:
        done = subprocess.run([tmux, "load-buffer", "-w", "-"], input=data, capture_output=True, timeout=3)
        if done.returncode != 0:
            # tmux < 3.2 has no -w: the paste buffer still works, the outer clipboard relies on set-clipboard.
            done = subprocess.run([tmux, "load-buffer", "-"], input=data, capture_output=True, timeout=3)
    except (OSError, subprocess.SubprocessError) as exc:
        return str(exc)
    return None if done.returncode == 0 else done.stderr.decode("utf-8", "replace").strip() or "tmux failed"
