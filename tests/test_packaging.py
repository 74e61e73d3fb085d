"""A non-editable install must ship every package of the source tree (a wheel once left out the subpackages)."""

from __future__ import annotations

import fnmatch
import tomllib
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def test_every_package_in_the_tree_is_included_in_the_distribution() -> None:
    config = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))
    include = config["tool"]["setuptools"]["packages"]["find"]["include"]
    packages = {
        ".".join(init.parent.relative_to(ROOT).parts)
        for top in ("extract", "tui")
        for init in (ROOT / top).rglob("__init__.py")
    }
    assert {"extract.actors", "extract.figures", "extract.quotes", "tui.widgets"} <= packages
    missing = sorted(p for p in packages if not any(fnmatch.fnmatchcase(p, pattern) for pattern in include))
    assert missing == []
