"""The engine fingerprint: stored facts are redone when the code that made them changed."""

from __future__ import annotations

import extract.version as version


def test_the_fingerprint_follows_the_engine_code(tmp_path, monkeypatch):
    (tmp_path / "figures").mkdir()
    (tmp_path / "repair.py").write_text("A = 1\n")
    (tmp_path / "figures" / "b.py").write_text("B = 1\n")
    (tmp_path / "story.py").write_text("C = 1\n")
    monkeypatch.setattr(version, "_ROOT", tmp_path)
    version.engine_fingerprint.cache_clear()
    try:
        first = version.engine_fingerprint()
        assert len(first) == 12 and first == version.engine_fingerprint()
        (tmp_path / "story.py").write_text("C = 2\n")  # combines facts, makes none: nothing to redo
        version.engine_fingerprint.cache_clear()
        assert version.engine_fingerprint() == first
        (tmp_path / "figures" / "b.py").write_text("B = 2\n")
        version.engine_fingerprint.cache_clear()
        assert version.engine_fingerprint() != first
    finally:
        version.engine_fingerprint.cache_clear()
