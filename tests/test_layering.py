"""The engine never imports the UI stack (DESIGN.md: extract/ is pure)."""

from __future__ import annotations

import ast
import subprocess
import sys
from pathlib import Path

import pytest

UI = ("textual", "rich", "tui")
ENGINE = sorted((Path(__file__).parent.parent / "extract").glob("*.py"))


def test_importing_the_engine_loads_no_textual_or_tui():
    code = (
        "import sys, extract, extract.engine, extract.export, extract.store, extract.diff, extract.story\n"
        "print(','.join(sorted(m for m in sys.modules if m.split('.')[0] in ('textual', 'tui'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert out.stdout.strip() == ""


@pytest.mark.parametrize("path", ENGINE, ids=lambda p: p.name)
def test_engine_source_never_imports_the_ui_stack(path):
    # spaCy itself loads rich through its CLI helpers, so rich is checked in the source rather than in sys.modules.
    tree = ast.parse(path.read_text(encoding="utf-8"))
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names = [a.name for a in node.names]
        elif isinstance(node, ast.ImportFrom) and node.level == 0 and node.module:
            names = [node.module]
        else:
            continue
        assert not [n for n in names if n.split(".")[0] in UI], f"{path.name}:{node.lineno} imports {names}"
