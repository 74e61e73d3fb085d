"""The command that opens a file at a line in the user's editor."""

from __future__ import annotations

import os
import shlex
from collections.abc import Mapping
from pathlib import Path

# Editors that take "file:line" after -g rather than "+line file".
_GOTO_EDITORS = {"code", "codium", "code-insiders", "subl", "zed"}


def editor_command(path: Path, line: int, env: Mapping[str, str] | None = None) -> list[str]:
    """$VISUAL or $EDITOR (default vi) with the arguments that jump to ``line``."""
    env = os.environ if env is None else env
    words = shlex.split(env.get("VISUAL") or env.get("EDITOR") or "vi")
    name = Path(words[0]).name
    line = max(1, line)
    if name in _GOTO_EDITORS:
        return [*words, "-g", f"{path}:{line}"]
    # vi, vim, nvim, nano, emacs, micro, kak and most others understand +LINE.
    return [*words, f"+{line}", str(path)]
