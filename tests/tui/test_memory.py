"""The live app limits the C heaps its threads grow (tui/memory.py)."""

from __future__ import annotations

import ctypes
import sys

import pytest

import tui.memory
from tests.tui.conftest import tidy_calls_after_a_save, wait_for
from tui.app import make_app
from tui.memory import limit_malloc_arenas


class _FakeLibc:
    def __init__(self) -> None:
        self.calls: list[tuple[int, int]] = []

        def mallopt(param: int, value: int) -> int:
            self.calls.append((param, value))
            return 1

        self.mallopt = mallopt


def test_the_arena_limit_is_set_with_glibcs_mallopt(monkeypatch):
    fake = _FakeLibc()
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(tui.memory.ctypes, "CDLL", lambda name: fake)
    assert limit_malloc_arenas(3)
    assert fake.calls == [(-8, 3)]  # M_ARENA_MAX


def test_an_explicit_malloc_arena_max_is_left_as_the_user_set_it(monkeypatch):
    fake = _FakeLibc()
    monkeypatch.setenv("MALLOC_ARENA_MAX", "4")
    monkeypatch.setattr(tui.memory.ctypes, "CDLL", lambda name: fake)
    assert not limit_malloc_arenas()
    assert fake.calls == []


def test_without_mallopt_nothing_is_set(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(tui.memory.ctypes, "CDLL", lambda name: object())  # a C library without mallopt (musl)
    assert not limit_malloc_arenas()


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="glibc's mallopt")
def test_glibc_takes_the_limit(monkeypatch):
    monkeypatch.delenv("MALLOC_ARENA_MAX", raising=False)
    try:
        ctypes.CDLL(None).mallopt  # noqa: B018 - glibc, not musl
    except AttributeError:
        pytest.skip("not glibc")
    assert limit_malloc_arenas()


async def test_the_app_limits_the_arenas_before_its_workers_start(seeds, tmp_path, engine, monkeypatch):
    import tui.app

    seen: list[object] = []
    app = make_app(seeds, state_dir=tmp_path / "state", engine=engine, config=tmp_path / "config")
    monkeypatch.setattr(tui.app, "limit_malloc_arenas", lambda: seen.append(list(app.workers)))
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
    assert seen == [[]]  # once, with no worker started yet


class _FakeTrim:
    def __init__(self) -> None:
        self.calls: list[int] = []

        def malloc_trim(pad: int) -> int:
            self.calls.append(pad)
            return 1

        self.malloc_trim = malloc_trim


def test_free_memory_is_given_back_with_glibcs_malloc_trim(monkeypatch):
    from tui.memory import release_free_memory

    fake = _FakeTrim()
    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(tui.memory.ctypes, "CDLL", lambda name: fake)
    assert release_free_memory()
    assert fake.calls == [0]  # every heap's free pages, keeping no pad


def test_without_malloc_trim_nothing_is_given_back(monkeypatch):
    from tui.memory import release_free_memory

    monkeypatch.setattr(sys, "platform", "linux")
    monkeypatch.setattr(tui.memory.ctypes, "CDLL", lambda name: object())  # musl
    assert not release_free_memory()
    monkeypatch.setattr(sys, "platform", "darwin")
    assert not release_free_memory()


async def test_after_a_save_is_painted_the_app_gives_free_memory_back(seeds, tmp_path, engine, monkeypatch):
    """The parse of a new article leaves free pages below live objects: given back once each update is painted, so
    the next article's parse starts from the floor, not from the last one's high-water mark."""
    app, calls = await tidy_calls_after_a_save(seeds, tmp_path, engine, monkeypatch, "release_free_memory")
    assert calls == [app.story]  # once, after the story was painted


async def test_the_apps_own_engine_keeps_its_workers_parses_out_of_its_cache(seeds, tmp_path, nlp):
    """Cold indexing spreads over worker processes whose parses stay there: after an engine upgrade every file is read
    again, and their packed parses held 12 MB of the app's memory for good (the latest draft is parsed anyway)."""
    app = make_app(seeds, state_dir=tmp_path / "state", config=tmp_path / "config")
    async with app.run_test(size=(100, 30)) as pilot:
        await wait_for(pilot, lambda: app.story is not None and app.story.documents and not app._busy)
        assert app.engine is not None
        assert app.engine.processes is None  # one worker process per core for big batches
        assert not app.engine.worker_parses
