"""A cluster's mentions as counts of what building its actor reads of them (see _Tally), and its forms by key."""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Iterable

from extract.actors.names import (
    _key,
)
from extract.records import Mention

_Tally = dict[tuple[str, str, str, "str | None", str], int]
"""Mentions as counts of what building an actor reads of each (name, text, kind, role, label), in order of first
occurrence: an actor is a function of its mentions' tally and documents, and a story's actor sums the tallies of its
documents' clusters instead of reading every mention again."""


def _tally(cl: Iterable[Mention]) -> _Tally:
    out: _Tally = {}
    for m in cl:
        k = (m.name, m.text, m.kind, m.role, m.label)
        out[k] = out.get(k, 0) + 1
    return out


def _cluster_forms(t: _Tally) -> dict[str, Counter[str]]:
    forms: dict[str, Counter[str]] = defaultdict(Counter)
    for (name, *_), n in t.items():
        forms[_key(name)][name] += n
    return forms
