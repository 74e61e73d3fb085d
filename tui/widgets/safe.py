"""Showing text from files literally: no markup, no control sequences; colours that follow the theme."""

from __future__ import annotations

import re
from collections.abc import Iterable
from functools import lru_cache

from rich.cells import cell_len, set_cell_size
from rich.text import Text

from extract.export import FILE_NAME_CELLS, middle_cut, safe_text

_SPACES = re.compile(r"\s+")


Cell = tuple[str, str]
"""A table cell as plain data: (safe text, Rich style); comparable, and cheap to make off the UI thread."""


def safe_cell(value: object, limit: int | None = None) -> str:
    """``value`` as shown: control characters neutralised, one line, cut to ``limit`` terminal cells."""
    return _safe_str("" if value is None else str(value), limit)


@lru_cache(maxsize=8192)
def _safe_str(value: str, limit: int | None) -> str:
    # Cached: every update remakes a few hundred rows per panel, nearly all with the same texts as before (a few
    # thousand cells; a bigger cache would only keep replaced claim texts alive).
    s = safe_text(value).replace("\n", " ")
    if limit is not None and cell_len(s) > limit:  # cells, not characters: a CJK name is twice as wide
        s = set_cell_size(s, max(0, limit - 1)).rstrip() + "\u2026"  # "president of…", not "president of …"
    return s


def cell(value: object, style: str = "", limit: int | None = None) -> Cell:
    """A cell of ``value`` as shown (see safe_cell) in ``style``."""
    return (safe_cell(value, limit), style)


def literal(value: object, style: str = "", limit: int | None = None) -> Text:
    """A Rich Text of ``value`` exactly as typed (markup not interpreted, control characters neutralised)."""
    return Text(*cell(value, style, limit))


def clip_text(value: str) -> str:
    """Text that is safe to put on a clipboard: one line, no control or bidi-override characters."""
    # Whitespace first (tabs and newlines become spaces), then anything else unsafe becomes U+FFFD.
    return safe_text(_SPACES.sub(" ", value).strip())


def short_path(path: str) -> str:
    """The last path component, which is what a reporter recognises; for a file whose name another file of the story
    shares (sub/deep.txt and sub2/deep.txt), as many of its last components as tell it apart (see know_paths)."""
    return _SHOWN.get(path) or path.rsplit("/", 1)[-1]


_SHOWN: dict[str, str] = {}
"""The story's paths whose last component another path shares, with the shortest tail that no other path ends with."""
_KNOWN: tuple[str, ...] = ()
"""The paths _SHOWN was worked out for."""
_GENERATION = 0
"""Changes whenever _SHOWN does (rows made before then may name a file the short way)."""


def know_paths(paths: Iterable[str]) -> int:
    """Tell short_path the story's file paths (relative to its folder, with '/'), so two files of one name in two
    folders read 'day1/update.txt' and 'day2/update.txt' rather than 'update.txt' twice (in the panels, the Changes
    log, the notices and a copied attribution). Cheap when the paths are those of the last call. Returns a number
    that changes whenever the names shown change."""
    global _SHOWN, _KNOWN, _GENERATION
    paths = tuple(paths)
    if paths == _KNOWN:
        return _GENERATION
    groups: dict[str, list[str]] = {}
    for path in paths:
        groups.setdefault(path.rsplit("/", 1)[-1], []).append(path)
    shown: dict[str, str] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        for path in group:
            parts = path.split("/")
            tail = path
            for k in range(2, len(parts) + 1):
                tail = "/".join(parts[-k:])
                if sum(other == tail or other.endswith("/" + tail) for other in group) == 1:
                    break
            shown[path] = tail
    if shown != _SHOWN:
        _GENERATION += 1
    _SHOWN, _KNOWN = shown, paths
    return _GENERATION


def paths_generation() -> int:
    """The number know_paths last returned."""
    return _GENERATION


def place(document: str, line: int, limit: int = 22) -> str:
    """ "file.txt:8", the file name shortened in the middle so the line number always shows."""
    suffix = f":{line}" if line else ""
    return middle_cut(short_path(document), max(4, limit - len(suffix))) + suffix


def file_name(path: str, limit: int = FILE_NAME_CELLS) -> str:
    """The file's name (see short_path), cut in the middle to ``limit`` cells (a line of text names the file)."""
    return middle_cut(safe_text(short_path(path)), limit)


def theme_styles(variables: dict[str, str]) -> dict[str, str]:
    """Rich styles for the panels from the theme's CSS variables, so colours stay readable on light and dark."""

    def color(name: str, fallback: str) -> str:
        value = variables.get(name, "")
        # Theme variables can carry alpha or 'ansi_default'; Rich wants a plain colour.
        return value if value.startswith("#") and len(value) == 7 else fallback

    return {
        "new": f"bold {color('text-warning', 'yellow')}",
        "person": "bold",
        "organization": color("text-primary", "cyan"),
        "place": color("text-success", "green"),
        "group": color("text-accent", "magenta"),
        "conflict": f"bold {color('text-error', 'red')}",
        "error": f"bold {color('text-error', 'red')}",
        "warning": color("text-warning", "yellow"),
        "match": f"bold reverse {color('text-accent', 'magenta')}",
    }
