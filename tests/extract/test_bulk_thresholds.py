"""Setting the collector's thresholds for a long run, also while a bulk pause is in progress."""

from __future__ import annotations

import gc

from extract.bulk import LONG_RUN_THRESHOLDS, no_cycle_collection, set_thresholds


def test_set_thresholds_sets_them_and_returns_the_ones_before():
    before = gc.get_threshold()
    try:
        assert set_thresholds(5000, 15, 15) == before
        assert gc.get_threshold() == (5000, 15, 15)
    finally:
        gc.set_threshold(*before)


def test_thresholds_set_during_a_pause_are_in_force_when_it_ends():
    # A worker may be decoding the stored story (paused) when the app raises the thresholds: the pause must not put
    # the old ones back when it ends.
    before = gc.get_threshold()
    try:
        with no_cycle_collection():
            assert set_thresholds(*LONG_RUN_THRESHOLDS) == before
            assert gc.get_threshold()[0] == 0  # still paused
        assert gc.get_threshold() == LONG_RUN_THRESHOLDS
    finally:
        gc.set_threshold(*before)


def test_a_pause_without_new_thresholds_restores_the_old_ones():
    before = gc.get_threshold()
    with no_cycle_collection():
        pass
    assert gc.get_threshold() == before
