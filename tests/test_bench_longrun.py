"""bench/longrun.py's memory measures: Python's small-object bytes, the C heaps, the slope once the cache is full."""

from __future__ import annotations

from bench.longrun import c_heap_bytes, python_bytes, slope


def test_slope_is_the_least_squares_growth_per_action():
    rows = [{"actions": a, "rss_mb": 100 + 0.01 * a} for a in (100, 200, 300, 400)]
    assert abs(slope(rows, "rss_mb") - 0.01) < 1e-9
    assert slope(rows[:1], "rss_mb") is None  # too few rows
    assert slope([{"actions": 1, "x": None}, {"actions": 2, "x": 3}], "x") is None  # a row without the measure


def test_python_bytes_grow_with_what_python_keeps():
    before = python_bytes()
    if before is None:  # not CPython
        return
    kept = [object() for _ in range(50_000)]
    after = python_bytes()
    assert after is not None and after - before > 50_000 * 16
    assert kept
    heap = c_heap_bytes()
    assert heap is None or heap > 0
