"""The facts of the last few files extracted, by name and bytes: a file read ahead (the app extracts a save at once,
during its debounce) is not extracted again by the update that follows, unless its bytes changed meanwhile."""

from __future__ import annotations

import dataclasses
import threading
from collections import OrderedDict
from collections.abc import Sequence

from extract.records import DocFacts
from extract.textio import Loaded

Key = tuple[str, str]
"""(display name, SHA-256 of the bytes read): records carry the name, and the facts follow from the bytes."""


class RecentFacts:
    """Up to ``size`` files' facts, least recently used dropped first; thread-safe.

    ``claim`` returns the facts known for a batch of files and claims the others for the caller, who extracts them and
    hands them to ``settle``. A file claimed by another thread is waited for, not extracted twice. Facts with an
    error are not kept, so a retry extracts again.
    """

    def __init__(self, size: int) -> None:
        self.size = size
        self._items: OrderedDict[Key, tuple[DocFacts, int]] = OrderedDict()
        """Facts, and how many of their warnings came from reading (those belong to each read, not to the bytes)."""
        self._in_flight: set[Key] = set()
        self._changed = threading.Condition()
        """Guards both; notified when claimed files are settled."""

    def __len__(self) -> int:
        with self._changed:
            return len(self._items)

    def __contains__(self, key: object) -> bool:
        with self._changed:
            return key in self._items

    @property
    def in_flight(self) -> frozenset[Key]:
        with self._changed:
            return frozenset(self._in_flight)

    def _keys(self, loaded: Sequence[Loaded]) -> list[Key | None]:
        return [(f.info.path, f.info.sha256) if self.size > 0 and f.info.sha256 else None for f in loaded]

    def claim(self, loaded: Sequence[Loaded]) -> tuple[list[DocFacts | None], list[int]]:
        """The known facts of each file as read now (None where unknown), and the indices of the unknown ones, which
        the caller must extract and ``settle`` (even when extracting fails)."""
        keys = self._keys(loaded)
        out: list[DocFacts | None] = [None] * len(loaded)
        todo: list[int] = []
        with self._changed:
            # All of this batch's files are claimed at once, after waiting, so two callers never wait for each other.
            while any(k in self._in_flight for k in keys if k is not None):
                self._changed.wait()
            for i, key in enumerate(keys):
                known = self._items.get(key) if key is not None else None
                if known is not None:
                    self._items.move_to_end(key)  # type: ignore[arg-type]
                    out[i] = _as_read(known, loaded[i])
                else:
                    todo.append(i)
            self._in_flight.update(k for i in todo if (k := keys[i]) is not None)
        return out, todo

    def settle(self, loaded: Sequence[Loaded], todo: Sequence[int], made: Sequence[DocFacts] | None) -> None:
        """Keep the facts ``made`` for the claimed files ``todo`` (None: extracting failed) and release the claim."""
        keys = self._keys(loaded)
        with self._changed:  # kept before the waiters wake, so none of them extracts a file again
            for i, facts in zip(todo, made, strict=True) if made is not None else ():
                key = keys[i]
                if key is not None and not facts.document.error:
                    self._items[key] = (facts, len(loaded[i].warnings))
                    self._items.move_to_end(key)
            while len(self._items) > self.size:
                self._items.popitem(last=False)
            self._in_flight.difference_update(k for i in todo if (k := keys[i]) is not None)
            self._changed.notify_all()


def _as_read(known: tuple[DocFacts, int], loaded: Loaded) -> DocFacts:
    """Facts extracted from the same bytes, with the document and the reading warnings of this read (its time, and
    whether the file changed while it was read or was cut, may differ); the extractors' warnings are kept."""
    facts, read_warnings = known
    return dataclasses.replace(facts, document=loaded.info, warnings=loaded.warnings + facts.warnings[read_warnings:])
