"""Per-user preferences (the theme) in a small JSON file under the user's config dir, never the story folder."""

from __future__ import annotations

import json
import os
from pathlib import Path

from platformdirs import user_config_dir

FILE_NAME = "settings.json"


def config_dir(override: str | os.PathLike[str] | None = None) -> Path:
    """Where storywatch keeps its settings."""
    return Path(override) if override else Path(user_config_dir("storywatch", appauthor=False))


def load_prefs(folder: Path) -> dict[str, object]:
    """The saved preferences; empty when none were saved or the file is unreadable (the caller warns)."""
    path = folder / FILE_NAME
    if not path.exists():
        return {}
    data = json.loads(path.read_text(encoding="utf-8"))
    return data if isinstance(data, dict) else {}


def save_prefs(folder: Path, prefs: dict[str, object]) -> None:
    """Write the preferences atomically (a crash never leaves half a file)."""
    folder.mkdir(parents=True, exist_ok=True)
    tmp = folder / (FILE_NAME + ".tmp")
    tmp.write_text(json.dumps(prefs, indent=2, sort_keys=True), encoding="utf-8")
    os.replace(tmp, folder / FILE_NAME)
