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


def _cycle() -> object:
    """A weak reference to a fresh reference cycle that is already garbage."""
    import weakref

    class Node:
        pass

    a, b = Node(), Node()
    a.other, b.other = b, a
    return weakref.ref(a)


def test_collecting_the_young_generation_frees_its_garbage_cycles_and_empties_it() -> None:
    from extract.bulk import collect_young

    gone = _cycle()
    assert gone() is not None
    assert collect_young() in (0, 1)
    assert gone() is None
    assert gc.get_count()[0] < 50  # what the call itself allocated after collecting


def test_the_middle_generation_is_collected_with_it_when_the_next_automatic_collection_would_take_it() -> None:
    """CPython collects the middle generation automatically once its count (young collections since) passes its
    threshold: with a threshold of 2, the third young collection after it would be a middle one."""
    from extract.bulk import collect_young

    before = gc.get_threshold()
    try:
        gc.set_threshold(100_000, 2, 10)
        gc.collect(1)  # the middle generation's count starts at 0
        assert collect_young() == 0  # its count 1 after
        assert collect_young() == 0  # 2: the next automatic collection is still a young one
        assert collect_young() == 1  # 3 would pass the threshold: the middle generation now, off the path
        assert gc.get_count()[1] == 0
    finally:
        gc.set_threshold(*before)


def test_nothing_is_collected_while_the_collector_is_paused() -> None:
    from extract.bulk import collect_young

    with no_cycle_collection():
        gone = _cycle()
        assert collect_young() == -1
        assert gone() is not None
    gc.collect()
    assert gone() is None


def test_a_pause_started_by_another_thread_during_the_collection_waits_for_it(monkeypatch) -> None:
    """The check for a pause and the collection are one step: a bulk step starting in between would otherwise have
    the collection run inside it (review s21 r1b LOW-9)."""
    import extract.bulk as bulk

    started, inside = threading.Event(), []
    real_collect = gc.collect

    def slow_collect(generation: int = 2) -> int:
        started.set()
        worker.join(0.3)  # the other thread tries to pause meanwhile
        inside.append(worker.is_alive())  # still waiting to start its pause
        return real_collect(generation)

    def pause() -> None:
        started.wait(10)
        with no_cycle_collection():
            pass

    worker = threading.Thread(target=pause)
    worker.start()
    monkeypatch.setattr(bulk.gc, "collect", slow_collect)
    assert bulk.collect_young() in (0, 1)
    worker.join(10)
    assert inside == [True]  # its pause began only after the collection
    assert not worker.is_alive()
