"""Pausing the cyclic collector around bulk work restores it afterwards, even after an error, and holds against
libraries that switch the collector back on and against pauses in other threads."""

from __future__ import annotations

import gc
import threading

import pytest

import extract.bulk
from extract.bulk import keep_for_good, no_cycle_collection


def _collects_automatically() -> bool:
    return gc.isenabled() and gc.get_threshold()[0] > 0


def test_the_collector_is_paused_inside_and_restored_after() -> None:
    before = gc.get_threshold()
    assert _collects_automatically()
    with no_cycle_collection():
        assert not _collects_automatically()
    assert gc.get_threshold() == before
    with pytest.raises(ValueError), no_cycle_collection():
        raise ValueError("bad row")
    assert gc.get_threshold() == before


def test_a_library_turning_the_collector_on_does_not_end_the_pause() -> None:
    with no_cycle_collection():
        gc.enable()  # what srsly does after each msgpack load (so loading a spaCy model did)
        assert not _collects_automatically()
    assert _collects_automatically()


def test_nested_and_concurrent_pauses_end_with_the_last() -> None:
    entered, leave = threading.Event(), threading.Event()

    def other() -> None:
        with no_cycle_collection():
            entered.set()
            leave.wait(10)

    worker = threading.Thread(target=other)
    with no_cycle_collection():
        worker.start()
        assert entered.wait(10)
        with no_cycle_collection():
            pass
        assert not _collects_automatically()
    assert not _collects_automatically()  # the other thread's pause is still on
    leave.set()
    worker.join(10)
    assert _collects_automatically()


def test_what_a_kept_block_makes_is_frozen_before_the_collector_resumes(monkeypatch) -> None:
    monkeypatch.setattr(extract.bulk, "FREEZE", True)
    before = gc.get_freeze_count()
    try:
        with no_cycle_collection(keep=True):
            made = [[i] for i in range(1000)]
        assert gc.get_freeze_count() >= before + len(made)
    finally:
        gc.unfreeze()


def test_keeping_for_good_outside_a_pause_first_collects_young_garbage_cycles(monkeypatch) -> None:
    """A reference cycle that is already garbage is collected, not frozen for good with the living."""
    import weakref

    monkeypatch.setattr(extract.bulk, "FREEZE", True)

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    gone = weakref.ref(a)
    del a, b
    try:
        keep_for_good()
        assert gone() is None
    finally:
        gc.unfreeze()
