"""Sorting a panel's facts before its row cap, by what the records hold (probe s29 UX-7).

A panel shows at most MAX_ROWS rows. Sorting only the rows it holds ordered the first 120 figures of the story in
file order: 'Figure ▼' on 210 articles put '20 points' on top while the story's biggest figure was USD 1.5 tn, and
the figures sorted as text ('USD 7,500' after 'USD 44,000', 'more than 400,000' among words). Here the whole
(filtered) set is ordered by a key made from each record, and the panel then takes its first rows. Blank keys (no
'about', no role) come last in either direction, as the table's own sort puts them.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import replace
from typing import TypeVar

from extract.records import Actor, Claim, Figure, Quote, Story
from tui.widgets.safe import short_path

T = TypeVar("T")

Sort = tuple[str | None, bool]
"""(column key, descending) of a panel's sort; (None, False): the panel's natural order."""
NATURAL: Sort = (None, False)


def sort_records(items: Iterable[T], key: Callable[[T], object], reverse: bool) -> list[T]:
    """``items`` ordered by ``key`` (ties keep their order; None keys last, in either direction)."""
    keyed = [(key(item), item) for item in items]
    present = [pair for pair in keyed if pair[0] is not None]
    present.sort(key=lambda pair: pair[0], reverse=reverse)  # type: ignore[arg-type, return-value]
    return [item for _, item in present] + [item for k, item in keyed if k is None]


def _text(value: str | None) -> str | None:
    value = (value or "").strip()
    return value.casefold() if value else None


def _place(document: str, line: int, start: int) -> tuple[str, int, int]:
    return (short_path(document).casefold(), line, start)


ACTOR_KEYS: dict[str, Callable[[Actor], object]] = {
    "name": lambda a: _text(a.name),
    "kind": lambda a: a.kind or None,
    "mentions": lambda a: a.mentions,
    "role": lambda a: _text("; ".join(a.roles)),
    "files": lambda a: _text(short_path(a.documents[0])) if a.documents else None,
}


KIND_ORDER = {"money": 0, "count": 1, "number": 2, "percent": 3, "quantity": 4, "duration": 5, "date": 6}
"""The order of the groups a sort by value makes, the same either way: amounts of money first, dates last."""


def figure_group(f: Figure) -> tuple[int, str, str, str]:
    """The group a figure is sorted by value within: its kind and unit ('USD 1.5 tn' among money in USD, '590
    kilometres' among distances); values of different units do not compare."""
    return (KIND_ORDER.get(f.kind, len(KIND_ORDER)), f.kind or "", f.unit or "", f.per or "")


def sort_by_value(figures: Sequence[Figure], reverse: bool) -> list[Figure]:
    """Figures by their value (not the text shown: 'more than 400,000', 'USD 7,500'), largest first when
    ``reverse``, within their groups (figure_group), which keep their order either way; no value last."""
    valued = [f for f in figures if f.value is not None]
    unvalued = [f for f in figures if f.value is None] if len(valued) != len(figures) else []
    valued.sort(key=lambda f: f.value, reverse=reverse)  # type: ignore[arg-type, return-value]
    valued.sort(key=figure_group)  # stable: each group keeps the values' order
    return valued + unvalued


FIGURE_KEYS: dict[str, Callable[[Figure], object]] = {
    "about": lambda f: _text(f.about),
    "kind": lambda f: f.kind or None,
    "source": lambda f: _place(f.document, f.line, f.start),
}


def sort_actors(actors: Sequence[Actor], sort: Sort) -> Sequence[Actor]:
    key = ACTOR_KEYS.get(sort[0] or "")
    return actors if key is None else tuple(sort_records(actors, key, sort[1]))


def sort_figures(figures: Sequence[Figure], sort: Sort, conflicted: set[tuple[str, int]]) -> Sequence[Figure]:
    """``figures`` in the order of ``sort`` (``conflicted``: (document, start) of the figures in a conflict, which a
    sort by the conflict column puts first)."""
    column, reverse = sort
    if column == "value":
        return tuple(sort_by_value(figures, reverse))
    if column == "conflict":
        return tuple(sort_records(figures, lambda f: (f.document, f.start) not in conflicted, reverse))
    key = FIGURE_KEYS.get(column or "")
    return figures if key is None else tuple(sort_records(figures, key, reverse))


def sorts_upstream(panel: str, sort: Sort) -> bool:
    """Whether the rows of ``panel`` come made in the order of ``sort`` (else the table orders the rows it holds:
    the 'new' column, whose marks depend on what the user has seen since the rows were made)."""
    column = sort[0]
    if column is None:
        return False
    known = {"actors": ACTOR_KEYS, "figures": {*FIGURE_KEYS, "value", "conflict"}, "claims": CLAIM_COLUMNS}
    return column in known.get(panel, ())


CLAIM_COLUMNS = frozenset({"who", "text", "source", "seen"})
"""The claims panel's columns sorted before its row cap (see tui.widgets.claims.claim_panel_rows)."""


def _said_by(record: Claim | Quote) -> str | None:
    who = record.source or record.source_text if isinstance(record, Claim) else record.speaker or record.speaker_text
    return _text(who)


_SAID_KEYS: dict[str, Callable[[Claim | Quote], object]] = {
    "who": _said_by,
    "text": lambda r: _text(r.text.strip().strip(_QUOTE_MARKS)),
    "source": lambda r: _place(r.document, r.line, r.start),
    "seen": lambda r: getattr(r, "first_seen", None) or None,
}
_QUOTE_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'


def sorted_view(view: Story, actors: Sort, figures: Sort, claims: Sort) -> Story:
    """``view`` with its actors, figures and claims (and quotes) in the panels' orders, as the export of 'the
    current view' writes them (review s29 RT2: a view sorted 'Figure \u25bc' was exported in file order). A
    column the rows do not sort by (the marks of what is new) leaves that list as it is."""
    out = replace(view, actors=sort_actors(view.actors, actors))
    if sorts_upstream("figures", figures):
        conflicted = {(v.document, v.start) for c in view.conflicts for v in c.values}
        out = replace(out, figures=sort_figures(view.figures, figures, conflicted))
    key = _SAID_KEYS.get(claims[0] or "")
    if key is not None:
        out = replace(
            out,
            claims=tuple(sort_records(view.claims, key, claims[1])),
            quotes=tuple(sort_records(view.quotes, key, claims[1])),
        )
    return out
