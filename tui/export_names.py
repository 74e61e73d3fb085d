"""Where the export (`e`) writes and what it names its files: never where the story is read from.

An export written into the watched folder was read back in as an article (`cd story && storywatch .`, then `e`,
Enter: the Markdown export joined the story with its 8,643 figures; probe s27 r1). So the default folder is outside
the watched one, and reading passes over files named as exports are named (extract.textio.is_export_name), wherever
they are (a user may still choose the story folder).
"""

from __future__ import annotations

import os
from datetime import datetime

from extract.textio import inside


def export_name(story_root: str | os.PathLike[str], when: datetime, ext: str) -> str:
    """The export file's name: ``storywatch-<story folder>-<YYYYmmdd-HHMMSS>.<ext>`` (what
    extract.textio.is_export_name knows: keep the two together)."""
    stem = os.path.basename(os.path.abspath(story_root)) or "story"
    return f"storywatch-{stem}-{when.strftime('%Y%m%d-%H%M%S')}.{ext}"


def default_export_folder(story_root: str | os.PathLike[str]) -> str:
    """The working directory, unless it is the watched folder or lies inside it: then the user's downloads folder,
    or home, or the story folder's parent, or the temporary folder (the first that exists, lies outside the story
    and can be written: a story in $HOME without a Downloads folder gave /home; review s27 rev3r LOW 5)."""
    import tempfile

    import platformdirs

    root = os.path.realpath(story_root)
    cwd = os.getcwd()
    home = os.path.expanduser("~")
    candidates = (cwd, platformdirs.user_downloads_dir(), home, os.path.dirname(root), tempfile.gettempdir())
    for folder in candidates:
        if (
            folder
            and os.path.isdir(folder)
            and not inside(os.path.realpath(folder), root)
            and os.access(folder, os.W_OK)
        ):
            return folder
    return home
