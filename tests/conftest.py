"""Shared fixtures: one spaCy pipeline per test session."""

from __future__ import annotations

import atexit
import os
import shutil
import tempfile

import pytest

import extract.bulk
from extract.pipeline import DocCache, load_model, parse
from extract.repair import Repaired, repair

# The app freezes what lives as long as it does out of the collector's reach; in one test process that would keep
# every finished app of earlier tests (tests/extract/test_bulk.py turns it back on where it is tested).
extract.bulk.FREEZE = False

# Derived tables (the gazetteer) are cached on disk: tests, and the CLI runs they start, use a folder of their own.
_CACHE = tempfile.mkdtemp(prefix="storywatch-test-cache-")
os.environ["STORYWATCH_CACHE_DIR"] = _CACHE
atexit.register(shutil.rmtree, _CACHE, True)


@pytest.fixture(scope="session")
def nlp():
    return load_model()


@pytest.fixture
def extracted(monkeypatch) -> list[str]:
    """The names of the documents the engine runs its extractors on from now on, in order (repeats included)."""
    import extract.engine as engine_mod

    calls: list[str] = []
    real = engine_mod.facts_from_doc

    def counted(doc, loaded, rep=None):
        calls.append(loaded.info.path)
        return real(doc, loaded, rep)

    monkeypatch.setattr(engine_mod, "facts_from_doc", counted)
    return calls


@pytest.fixture(scope="session")
def doc_cache():
    return DocCache()


@pytest.fixture
def parsed(nlp, doc_cache):
    """Repair and parse a text: returns (doc, repaired)."""

    def _parse(text: str) -> tuple[object, Repaired]:
        rep = repair(text)
        return parse(nlp, rep.text, doc_cache), rep

    return _parse
