"""The engine never imports the UI stack (DESIGN.md: extract/ is pure)."""

from __future__ import annotations

import subprocess
import sys


def test_extract_does_not_import_textual_rich_or_tui():
    code = (
        "import sys, extract, extract.engine, extract.export, extract.store, extract.diff\n"
        "bad = sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'rich', 'tui'))\n"
        "print(','.join(bad))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""
