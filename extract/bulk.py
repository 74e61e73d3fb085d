"""Making many objects at once (decoding a stored story, loading a model, indexing a folder) without
garbage-collector stalls.

A full collection walks every tracked object with the interpreter held: at 1,000 files that froze the UI for
0.25-0.45 s at a time while a story was indexed, and for about 0.16 s while spaCy loaded.
"""

from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.RLock()
"""Guards the pause count; re-entrant, as a finalizer run by a collection that ``collect_young`` makes while holding
it may pause the collector in the same thread."""
_paused = 0
_saved: tuple[int, ...] = ()


@contextmanager
def no_cycle_collection(keep: bool = False) -> Iterator[None]:
    """Pause automatic cyclic garbage collection while the block allocates many objects.

    The records made here hold no reference cycles, and reference counting still frees everything as usual; the
    collector resumes when the last of any nested or concurrent pauses ends.  The pause is a zero threshold, not
    ``gc.disable()``: libraries re-enable the collector on their own (srsly does after every msgpack load, so loading
    a spaCy model undid a disable).

    ``keep``: what the block made lives long (a loaded model, a stored story): it is kept for good (see
    ``keep_for_good``) before the collector resumes, whose first young-generation pass would otherwise walk all of
    it (30-60 ms at 1,000 files).
    """
    global _paused, _saved
    with _lock:
        if _paused == 0:
            _saved = gc.get_threshold()
            gc.set_threshold(0)
        _paused += 1
    try:
        yield
    finally:
        with _lock:
            if keep:
                keep_for_good()
            _paused -= 1
            if _paused == 0:
                gc.set_threshold(*_saved)


LONG_RUN_THRESHOLDS = (20_000, 20, 20)
"""Collector thresholds for a long-running app (``set_thresholds``; CPython's default is 700, 10, 10). Each update
allocates hundreds of thousands of short-lived containers (spaCy's tokens and spans, records, Textual's strips), so
with 700 a new 2,000-word article in the 1,000-file story ran about 2 young and 3 middle collections plus, every few
articles, a full one that walks the whole unfrozen heap with the interpreter held: 45 ms of collecting per article on
average, 25-110 ms in one go (live probe, 8 articles). With these, about 15 ms and no middle or full collection in
any of the 8; peak memory the same (377 MB)."""


def set_thresholds(*thresholds: int) -> tuple[int, ...]:
    """Set the collector's thresholds (``gc.set_threshold``), also while ``no_cycle_collection`` pauses it: the pause
    then resumes with these.  Returns the thresholds in force before, to put back."""
    global _saved
    with _lock:
        if _paused:
            before, _saved = _saved, tuple(thresholds)
        else:
            before = gc.get_threshold()
            gc.set_threshold(*thresholds)
    return before


def collect_young() -> int:
    """Collect the young generation now, off the path to the screen (an app calls it once an update is painted), so
    the next save's parse, extraction and paint start with it empty instead of meeting a collection half-way.

    The young generation is everything an update made and still holds since the last collection (the new story's
    tuples, the panels' rendered lines, the extracted article's Doc): at 1,000 files collecting it takes 1-7 ms of
    CPU after an edit and 12-21 ms after a new 2,000-word article (17-56 ms of wall on a loaded box), and it came
    due during one new article in three. The middle generation is collected with it when, after this
    collection, the next automatic one would take the middle generation too (its count passes its threshold), so
    that one never comes on the path either. Nothing while the collector is paused (a bulk step is running). The
    collection still holds the interpreter: a key or a file event arriving during it waits as long, only no longer
    on the way to a save's frame. The pause lock is held through the collection, so a thread that enters
    ``no_cycle_collection`` while holding a lock of its own waits for it: a finalizer the collection runs must never
    need such a lock (none in extract/ or tui/ does; review s21 r2b LOW). Returns the generation collected, or -1.
    """
    with _lock:  # held through the collection: a pause another thread starts meanwhile waits for it to end
        if _paused:
            return -1
        counts, limits = gc.get_count(), gc.get_threshold()
        generation = 1 if counts[1] >= limits[1] else 0  # collecting 0 adds one to the middle generation's count
        gc.collect(generation)
        return generation


FREEZE = True
"""Whether ``keep_for_good`` freezes: the test suite turns it off (a freeze keeps every finished app of earlier
tests out of the collector's reach, which only the long-running app wants)."""


def keep_for_good() -> None:
    """Move every object alive now out of the cyclic collector's reach (``gc.freeze``).

    For what lives as long as the process (imported modules, the loaded model, a story's indexed facts): later
    collections then walk only what was made since, so none stalls for long.  Objects frozen here are still freed by
    reference counting; only a reference cycle among them would never be collected.  So the young generations are
    collected first (a few ms), unless the collector is paused: then they hold everything the pause made, and walking
    it is the stall the pause avoids (at start-up only: the model and the stored story).
    """
    if not FREEZE:
        return
    if _paused == 0:
        gc.collect(1)
    gc.freeze()
