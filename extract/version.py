"""What made a set of facts: a fingerprint of the engine's own code, so facts stored by another version are redone.

storywatch's version number alone is not enough: between releases (and in a source checkout) the extractors change
while it stays the same, and a story stored before would keep the old facts of every file not edited since.
"""

from __future__ import annotations

import hashlib
from functools import lru_cache
from pathlib import Path

_ROOT = Path(__file__).resolve().parent
MAKERS = (
    *("actors", "figures", "quotes", "engine.py", "pipeline.py", "records.py", "repair.py", "textio.py"),
    *("datelines.py", "markdown.py"),
)
"""The modules and packages of ``extract`` whose code decides a file's facts; the rest (story, diff, store, export,
keys, bulk) only combine, compare or keep facts, so a change to them redoes nothing."""


@lru_cache(maxsize=1)
def engine_fingerprint() -> str:
    """12 hex digits over the source of the modules that make facts (MAKERS; read once per process, ~1 ms)."""
    digest = hashlib.blake2b(digest_size=6)
    paths = [p for p in _ROOT.rglob("*.py") if p.relative_to(_ROOT).parts[0] in MAKERS]
    for path in sorted(paths):
        digest.update(path.relative_to(_ROOT).as_posix().encode())
        try:
            digest.update(path.read_bytes())
        except OSError:
            digest.update(b"?")
    return digest.hexdigest()
