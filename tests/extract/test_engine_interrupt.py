"""Ctrl-C during a parallel extraction stops the worker processes at once (probe s29 UX-11): they used to run every
queued task first (the interpreter's exit waits for them), so Ctrl-C on a 210-file `storywatch extract` took effect
about 75 s later, after all the work was done, and then dropped it."""

from __future__ import annotations

import signal

import pytest

import extract.engine as engine_mod
from extract.engine import Engine


def test_an_interrupt_stops_the_workers_mid_batch(nlp, tmp_path, monkeypatch) -> None:
    monkeypatch.setattr(engine_mod, "TASK_FILES", 1)  # many tasks queued behind the first
    folder = tmp_path / "s"
    folder.mkdir()
    files = []
    for i in range(engine_mod.PARALLEL_MIN_FILES + 6):
        path = folder / f"a{i:02d}.txt"
        path.write_text(f"Chief Rob Tate said {40 + i} fires burned in Ashford on Monday.\n", encoding="utf-8")
        files.append((path, path.name))
    engine = Engine(nlp=nlp, processes=2)
    workers = []

    def interrupted(facts) -> None:
        pool = engine._pool
        assert pool is not None
        workers.extend(pool._processes.values())  # type: ignore[attr-defined]
        raise KeyboardInterrupt  # as Ctrl-C lands while the parent waits for the next task

    with pytest.raises(KeyboardInterrupt):
        engine.extract_files(files, on_facts=interrupted)
    assert not engine.has_pool
    assert len(workers) == 2
    for process in workers:
        process.join(30)
        # stopped, not left to finish the queue: by SIGTERM, or by SIGKILL when it outlived that (CI at 8ab4c31)
        assert process.exitcode in (-signal.SIGTERM, -signal.SIGKILL)


def test_workers_leave_ctrl_c_to_the_parent(monkeypatch) -> None:
    seen = {}
    monkeypatch.setattr(engine_mod.signal, "signal", lambda sig, handler: seen.update({sig: handler}))
    monkeypatch.setattr(engine_mod, "Engine", lambda *a, **k: type("E", (), {"nlp": None})())
    monkeypatch.setattr(engine_mod.os, "dup2", lambda *a: None)
    monkeypatch.setattr(engine_mod, "_WORKER", None)  # restored after the test
    monkeypatch.setattr(engine_mod, "_WORKER_SENDS_DOCS", True)
    engine_mod._worker_init("m", 0, None)
    assert seen == {signal.SIGINT: signal.SIG_IGN}
