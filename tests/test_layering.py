"""The engine never imports the UI stack (DESIGN.md: extract/ is pure)."""

from __future__ import annotations

import subprocess
import sys


def test_extract_does_not_import_textual_rich_or_tui():
    # spaCy itself pulls in rich through its CLI helpers (weasel -> httpx), so only what extract adds is checked.
    code = (
        "import sys, spacy, spacy.attrs, spacy.tokens\n"
        "before = set(sys.modules)\n"
        "import extract, extract.engine, extract.export, extract.store, extract.diff, extract.story\n"
        "new = set(sys.modules) - before\n"
        "bad = sorted(m for m in new | set(sys.modules) if m.split('.')[0] in ('textual', 'tui'))\n"
        "bad += sorted(m for m in new if m.split('.')[0] == 'rich')\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
