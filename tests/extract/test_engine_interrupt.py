"""Ctrl-C during a parallel extraction stops the worker processes at once (probe s29 UX-11): they used to run every
queued task first (the interpreter's exit waits for them), so Ctrl-C on a 210-file `storywatch extract` took effect
about 75 s later, after all the work was done, and then dropped it."""

from __future__ import annotations

import os
import signal
import threading

import pytest

import extract.engine as engine_mod
from extract.engine import Engine
from tests.extract.test_engine import _Signals


def _story(folder) -> list:
    folder.mkdir()
    files = []
    for i in range(engine_mod.PARALLEL_MIN_FILES + 6):
        path = folder / f"a{i:02d}.txt"
        path.write_text(f"Chief Rob Tate said {40 + i} fires burned in Ashford on Monday.\n", encoding="utf-8")
        files.append((path, path.name))
    return files


def _interrupted_workers(nlp, files, workers: list | None = None) -> list:
    """The worker processes of a parallel extraction interrupted (as by Ctrl-C) once its first task came back (into
    ``workers`` when given, as the interruption lands)."""
    engine = Engine(nlp=nlp, processes=2)
    workers = [] if workers is None else workers

    def interrupted(facts) -> None:
        pool = engine._pool
        assert pool is not None
        workers.extend(pool._processes.values())  # type: ignore[attr-defined]
        raise KeyboardInterrupt  # as Ctrl-C lands while the parent waits for the next task

    with pytest.raises(KeyboardInterrupt):
        engine.extract_files(files, on_facts=interrupted)
    assert not engine.has_pool
    assert len(workers) == 2
    return workers


def test_an_interrupt_stops_the_workers_mid_batch(nlp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(engine_mod, "TASK_FILES", 1)  # many tasks queued behind the first
    files = _story(tmp_path / "s")
    waited_by: list[str] = []
    waitpid = os.waitpid
    workers: list = []

    def spy(pid, options):
        if pid in {p.pid for p in workers}:  # from the interruption on (a start polls the workers started before it)
            waited_by.append(threading.current_thread().name)
        return waitpid(pid, options)

    monkeypatch.setattr(os, "waitpid", spy)
    _interrupted_workers(nlp, files, workers)
    # Stopped, not left to finish the queue, and reaped before stop_pool returned: no join needed to read how.
    assert [p.exitcode for p in workers] == [-signal.SIGTERM] * 2
    # Only the pool's own thread waited on them: a join in stop_pool raced it, and the waitpid that came second read
    # no exit code (CI at 8ab4c31: exitcode None for a worker that had ended by SIGTERM).
    assert waited_by and threading.main_thread().name not in waited_by, waited_by


@pytest.mark.parametrize("parent", ["handler", "ignored"])
def test_a_worker_ends_on_sigterm_whatever_its_parent_does_with_it(nlp, tmp_path, monkeypatch, parent) -> None:
    """A program that embeds the engine with a SIGTERM handler of its own (a graceful shutdown), or runs with SIGTERM
    ignored: its workers took the handler (fork) or kept the signal ignored (fork and spawn), outlived stop_pool's
    SIGTERM, and were only ended by its SIGKILL 5 s later."""
    monkeypatch.setattr(engine_mod, "TASK_FILES", 1)
    files = _story(tmp_path / "s")
    handler = (lambda signum, frame: None) if parent == "handler" else signal.SIG_IGN
    before = signal.signal(signal.SIGTERM, handler)
    try:
        workers = _interrupted_workers(nlp, files)
    finally:
        signal.signal(signal.SIGTERM, before)
    assert [p.exitcode for p in workers] == [-signal.SIGTERM] * 2


def test_workers_leave_ctrl_c_to_the_parent_and_end_on_sigterm(monkeypatch) -> None:
    fake = _Signals()
    monkeypatch.setattr(engine_mod, "signal", fake)
    monkeypatch.setattr(engine_mod, "Engine", lambda *a, **k: type("E", (), {"nlp": None})())
    monkeypatch.setattr(engine_mod.os, "dup2", lambda *a: None)
    monkeypatch.setattr(engine_mod, "_WORKER", None)  # restored after the test
    monkeypatch.setattr(engine_mod, "_WORKER_SENDS_DOCS", True)
    engine_mod._worker_init("m", 0, None)
    assert fake.handlers == {
        signal.SIGINT: signal.SIG_IGN,
        signal.SIGTERM: signal.SIG_DFL,
        signal.SIGHUP: signal.SIG_DFL,
    }
    assert fake.wakeup_fd == -1  # no signal in a worker writes to its parent's event loop


def test_a_worker_under_nohup_keeps_sighup_ignored(monkeypatch) -> None:
    """Review revB-R18: under nohup the workers died on a hangup their parent survived."""
    fake = _Signals()
    monkeypatch.setattr(fake, "getsignal", lambda sig: signal.SIG_IGN if sig == signal.SIGHUP else signal.SIG_DFL)
    monkeypatch.setattr(engine_mod, "signal", fake)
    monkeypatch.setattr(engine_mod, "Engine", lambda *a, **k: type("E", (), {"nlp": None})())
    monkeypatch.setattr(engine_mod.os, "dup2", lambda *a: None)
    monkeypatch.setattr(engine_mod, "_WORKER", None)
    monkeypatch.setattr(engine_mod, "_WORKER_SENDS_DOCS", True)
    engine_mod._worker_init("m", 0, None)
    assert fake.handlers == {signal.SIGINT: signal.SIG_IGN, signal.SIGTERM: signal.SIG_DFL}
