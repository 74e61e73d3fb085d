"""Where the export (`e`) writes and what it names its files: never where the story is read from.

An export written into the watched folder was read back in as an article (`cd story && storywatch .`, then `e`,
Enter: the Markdown export joined the story with its 8,643 figures; probe s27 r1). So the default folder is outside
the watched one, and the tracker and the folder watcher pass over files named as exports are named, wherever they
are (a user may still choose the story folder).
"""

from __future__ import annotations

import os
import re
from datetime import datetime

_EXPORT_NAME = re.compile(r"^storywatch-.*-\d{8}-\d{6}\.(?:md|csv|json|jsonl)$")


def export_name(story_root: str | os.PathLike[str], when: datetime, ext: str) -> str:
    """The export file's name: ``storywatch-<story folder>-<YYYYmmdd-HHMMSS>.<ext>``."""
    stem = os.path.basename(os.path.abspath(story_root)) or "story"
    return f"storywatch-{stem}-{when.strftime('%Y%m%d-%H%M%S')}.{ext}"


def is_export_name(name: str) -> bool:
    """Whether a file name is one ``export_name`` makes (such a file is storywatch's output, not an article)."""
    return bool(_EXPORT_NAME.match(name))


def _inside(path: str, root: str) -> bool:
    return path == root or path.startswith(root.rstrip(os.sep) + os.sep)


def default_export_folder(story_root: str | os.PathLike[str]) -> str:
    """The working directory, unless it is the watched folder or lies inside it: then the user's downloads folder,
    or home, or else the story folder's parent (the first that exists and lies outside the story)."""
    import platformdirs

    root = os.path.realpath(story_root)
    cwd = os.getcwd()
    candidates = (cwd, platformdirs.user_downloads_dir(), os.path.expanduser("~"), os.path.dirname(root))
    for folder in candidates:
        if folder and os.path.isdir(folder) and not _inside(os.path.realpath(folder), root):
            return folder
    return os.path.dirname(root)
