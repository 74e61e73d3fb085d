"""The Recent claims panel: quotes and claims, newest first, with who said them."""

from __future__ import annotations

import io
from bisect import bisect_right
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass
from datetime import datetime
from functools import lru_cache, partial
from heapq import merge
from itertools import accumulate, chain, compress, islice
from operator import attrgetter, is_, not_

from rich.console import Console
from rich.text import Text

from extract.diff import cached_claim_key, cached_quote_key, in_documents, told_documents
from extract.records import Claim, Quote, Story
from extract.story import NEWEST_FIRST
from tui.widgets.safe import Cell, cell, place, safe_cell, short_path
from tui.widgets.sorting import NATURAL, Sort, sort_records
from tui.widgets.speakers import as_written
from tui.widgets.table import FactTable, PanelRows, Row, new_note

NARROW = 100
"""Below this panel width the speaker and file columns get less room."""
TINY = 70
"""Below this panel width (60x20) the file column is left out (the detail view, enter, names the file and line): with
it the claim had 20 cells and the table ran past the panel's edge, cutting the source to 'Sourc' / '05844'."""
WIDE = 160
"""From this panel width (200x50) the speaker and file columns get more room (a description such as 'an overwhelming
70 percent of Americans' took three lines beside a claim column of 140 cells)."""
_MEASURE = Console(width=1000, file=io.StringIO(), color_system=None, legacy_windows=False)
"""A console only for measuring wrapped text (its own, so workers never touch the app's)."""


def column_widths(width: int) -> dict[str, int]:
    """Column widths for a panel ``width`` cells wide: the claim column takes what the others leave."""
    if width < TINY:
        who, source = 12, 0
    elif width < NARROW:
        who, source = 14, 16
    else:
        who, source = (24, 28) if width >= WIDE else (18, 22)
    widths = {"new": 3, "seen": 5, "who": who, "source": source}
    # Two cells of padding per column and room for the vertical scrollbar.
    widths["text"] = max(20, width - sum(widths.values()) - 2 * 5 - 2)
    return widths


@lru_cache(maxsize=16384)
def wrapped_height(text: str, width: int) -> int:
    """Lines ``text`` takes wrapped at ``width`` cells, as DataTable wraps a cell (cached: rows repeat)."""
    return max(1, len(Text(text).wrap(_MEASURE, width)))


_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'
"""Quote marks a claim's text may already carry (shown once, not twice)."""


@dataclass(frozen=True, slots=True)
class ClaimRow:
    """One row: a claim, or a quote that no claim contains."""

    key: str
    who: str
    text: str
    document: str
    line: int
    start: int
    end: int
    seen: str
    kind: str
    record: Claim | Quote | None = None


def _standalone_quotes(story: Story) -> list[Quote]:
    """The quotes that no claim of their document contains."""
    global _LAST_STANDALONE
    claims, quotes = story.claims, story.quotes
    last = _LAST_STANDALONE
    if last is not None and last[0] is claims and last[1] is quotes:
        return list(last[5])
    by_document = _standalone_by_document(story)
    if by_document is not None:
        return by_document
    # A large story has thousands of quotes and an update re-extracts a file or two: the answer of the last call is
    # kept for every quote that is the very same object in a document whose claims are the very same objects, and
    # the per-quote work is done by C loops (map, compress) rather than Python ones.
    ids = list(map(id, quotes))
    claim_ids = list(map(id, claims))
    claim_set = set(claim_ids)
    if last is None:
        flags: dict[int, bool | None] = dict.fromkeys(ids)
        todo: Sequence[Quote] = quotes
        reach = _claim_reach(claims)
    else:
        old_claims, _, old_ids, old_set, old_flags, _ = last
        changed = chain(
            compress(claims, map(not_, map(old_set.__contains__, claim_ids))),
            compress(old_claims, map(not_, map(claim_set.__contains__, old_ids))),
        )
        flags = dict(zip(ids, map(old_flags.get, ids), strict=True))
        flags.update(dict.fromkeys(map(id, in_documents(quotes, {c.document for c in changed}))))
        todo = list(compress(quotes, map(_is_none, map(flags.__getitem__, ids))))
        reach = _claim_reach(in_documents(claims, {q.document for q in todo}))
    flags.update(zip(map(id, todo), map(not_, _inside(todo, reach)), strict=True))
    out = tuple(compress(quotes, map(flags.__getitem__, ids)))
    _LAST_STANDALONE = (claims, quotes, claim_ids, claim_set, flags, out)
    return list(out)


def _standalone_by_document(story: Story) -> list[Quote] | None:
    """``_standalone_quotes`` document by document, for a story whose builder said where each document's quotes and
    claims are (extract.diff.know_documents): a document whose quotes are the very same tuple as at the last call
    keeps its answer (a builder makes a document's quotes anew whenever its claims may have changed), so an update
    looks at its own documents only, instead of every quote and claim of the story (9 ms at 1,000 files). None for
    any other story."""
    global _STANDALONE_BY_DOCUMENT
    quotes_of, claims_of = told_documents(story.quotes), told_documents(story.claims)
    if quotes_of is None or claims_of is None:
        return None
    known = _STANDALONE_BY_DOCUMENT
    kept: dict[str, tuple[Sequence[Quote], tuple[Quote, ...]]] = {}
    # A built story's quotes come document by document in the order of its documents.
    for info in story.documents:
        path = info.path
        quotes = quotes_of(path)
        if not quotes:
            continue
        done = known.get(path)
        if done is None or done[0] is not quotes:
            done = (quotes, tuple(compress(quotes, map(not_, in_a_claim(quotes, claims_of(path))))))
        kept[path] = done
    _STANDALONE_BY_DOCUMENT = kept
    return list(chain.from_iterable(done[1] for done in kept.values()))


_STANDALONE_BY_DOCUMENT: dict[str, tuple[Sequence[Quote], tuple[Quote, ...]]] = {}
"""Per document of the last built story asked: its quotes (held, so their identity stays theirs) and those no claim of
the document contains."""


_is_none = partial(is_, None)
_LAST_STANDALONE: (
    tuple[tuple[Claim, ...], tuple[Quote, ...], list[int], set[int], dict[int, bool | None], tuple[Quote, ...]] | None
) = None
"""The last call's claims and quotes (held, so the ids below stay theirs), the claims' ids as a list and a set,
whether each quote (by id) stands alone, and the answer."""


def in_a_claim(quotes: Iterable[Quote], claims: Iterable[Claim]) -> Iterator[bool]:
    """For each quote, whether one of ``claims`` of its document contains it: such a quote is part of that claim's
    row, not a row of its own (the Changes log counts rows the same way)."""
    return _inside(quotes, _claim_reach(claims))


def _inside(quotes: Iterable[Quote], reach: dict[str, tuple[list[int], list[int]]]) -> Iterator[bool]:
    for q in quotes:
        r = reach.get(q.document)
        i = bisect_right(r[0], q.start) - 1 if r else -1
        yield i >= 0 and r[1][i] >= q.end  # type: ignore[index]


def _claim_reach(claims: Iterable[Claim]) -> dict[str, tuple[list[int], list[int]]]:
    """Per document: claim starts in order and the furthest end reached by a claim starting there or earlier, so
    whether some claim contains a quote is one bisection."""
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in claims:
        spans.setdefault(c.document, []).append((c.start, c.end))
    out = {}
    for doc, doc_spans in spans.items():
        doc_spans.sort()
        out[doc] = ([s for s, _ in doc_spans], list(accumulate((e for _, e in doc_spans), max)))
    return out


def _newest_first(items: list[tuple[Claim | Quote, str]]) -> list[tuple[Claim | Quote, str]]:
    items.sort(key=lambda it: (it[0].document, it[0].start))
    items.sort(key=lambda it: it[1], reverse=True)
    return items


def _in_order(items: list[tuple[Claim | Quote, str]]) -> bool:
    """Whether the items are newest first, then in reading order (as a story's claims come)."""
    for (a, ta), (b, tb) in zip(items, islice(items, 1, None), strict=False):
        if ta < tb or (ta == tb and (a.document, a.start) > (b.document, b.start)):
            return False
    return True


def claim_items(story: Story, first_seen: dict[str, str]) -> tuple[Iterator[tuple[Claim | Quote, str]], int]:
    """(claim or stand-alone quote, first-seen time), newest first, then in reading order; and how many."""
    quotes: list[tuple[Claim | Quote, str]] = [
        (q, first_seen.get(cached_quote_key(q), "") if first_seen else "") for q in _standalone_quotes(story)
    ]
    n = len(story.claims) + len(quotes)
    if story.extra.get(NEWEST_FIRST) is True and all(map(_WHEN, story.claims)):
        # A built story's claims are in this order by their own stamps: only as many are read as the panel shows
        # (two passes over thousands of claims were a third of the rows' time on every update).
        stamped = ((c, c.first_seen or "") for c in story.claims)
        return merge(stamped, _newest_first(quotes), key=_Newest), n
    # Claims carry the first-seen time the story was stamped with (from the same map); unstamped ones look it up.
    claims: list[tuple[Claim | Quote, str]] = [
        (c, c.first_seen or (first_seen.get(cached_claim_key(c), "") if first_seen else "")) for c in story.claims
    ]
    if not _in_order(claims):
        return iter(_newest_first(claims + quotes)), n
    # A story's claims come in this order already: only the (fewer) stand-alone quotes are sorted and merged in.
    return merge(claims, _newest_first(quotes), key=_Newest), n


_WHEN = attrgetter("first_seen")


class _Newest:
    """Sort key for ``heapq.merge``: later first-seen times first, then reading order."""

    __slots__ = ("when", "document", "start")

    def __init__(self, item: tuple[Claim | Quote, str]) -> None:
        self.when, self.document, self.start = item[1], item[0].document, item[0].start

    def __lt__(self, other: _Newest) -> bool:
        if self.when != other.when:
            return self.when > other.when
        return (self.document, self.start) < (other.document, other.start)

    def __eq__(self, other: object) -> bool:
        # heapq.merge breaks ties by input order only when keys compare equal: a claim then comes before a quote.
        if not isinstance(other, _Newest):
            return NotImplemented
        return (self.when, self.document, self.start) == (other.when, other.document, other.start)

    __hash__ = None  # type: ignore[assignment]


def _row_of(record: Claim | Quote, seen: str) -> ClaimRow:
    return _row_of_claim(record, seen) if isinstance(record, Claim) else _row_of_quote(record, seen)


def claim_rows(story: Story, first_seen: dict[str, str], limit: int | None = None) -> list[ClaimRow]:
    """Claims plus the quotes not inside a claim, newest first, then in reading order (the first ``limit``)."""
    return [_row_of(r, seen) for r, seen in islice(claim_items(story, first_seen)[0], limit)]


def claim_count(story: Story) -> int:
    """How many rows claim_rows would give (claims plus the quotes no claim contains), without making them."""
    return len(story.claims) + len(_standalone_quotes(story))


_CLAIM_KEYS: dict[str, Callable[[ClaimRow], object]] = {
    "who": lambda r: r.who.strip().casefold() or None,
    "text": lambda r: r.text.strip().strip(_MARKS).strip().casefold() or None,
    "source": lambda r: (short_path(r.document).casefold(), r.line, r.start),
    "seen": lambda r: r.seen or None,
}


def claim_panel_rows(
    view: Story, first_seen: dict[str, str], width: int, total: int | None, limit: int, sort: Sort = NATURAL
) -> PanelRows:
    """The panel's rows for the view (the newest ``limit``), as plain data: safe to make in a worker.

    ``width``: of the panel, for the column widths and so the wrapped rows' heights. ``total``: rows of the
    unfiltered story (None: the view is the whole story). ``sort``: a column of CLAIM_COLUMNS orders every claim
    of the view before the first ``limit`` are taken (the rows come in that order).
    """
    items, count = claim_items(view, first_seen)
    key = _CLAIM_KEYS.get(sort[0] or "")
    made: Iterable[ClaimRow] = (_row_of(record, when) for record, when in items)
    if key is not None:
        made = sort_records(made, key, sort[1])
    rows: list[ClaimRow] = []
    times: dict[str, int] = {}
    for row in made:
        if row.key in times:  # a claim repeated in one file is one row, which stands for each time (its "×N")
            times[row.key] += 1
            continue
        if len(rows) >= limit:
            break
        times[row.key] = 1
        rows.append(row)
    widths = column_widths(width)
    room, who_width, text_width = widths["source"], widths["who"], widths["text"]
    out = []
    for r in rows:
        who, text = safe_cell(r.who or "\u2014"), safe_cell(r.text)
        n = times[r.key]
        more = f" \u00d7{n}" if n > 1 else ""
        seen = cell(clock_of(r.seen), "dim")
        source = cell(place(r.document, r.line, room - len(more)) + more if room else "", "dim")
        height = max(wrapped_height(who, who_width), wrapped_height(text, text_width))
        out.append(Row(r.key, (seen, (who, "bold"), (text, ""), source), r.record, height=height, stands_for=n))
    return PanelRows(tuple(out), total=count if total is None else total, sorted_by=sort if key is not None else None)


def _row_of_claim(c: Claim, seen: str) -> ClaimRow:
    k = cached_claim_key(c)
    who = " & ".join(c.sources) if len(c.sources) > 1 else as_written(c.source or c.source_text or "", c.source_text)
    text = _direct(c.text) if c.kind == "direct" else c.text
    return ClaimRow(k, who, text, c.document, c.line, c.start, c.end, seen, c.kind, c)


def _direct(text: str) -> str:
    """A direct claim's text between one pair of quote marks, of the kind the file uses: a split quote ('us," Lopez
    said. "We') is closed with the straight marks inside it, not with mismatched curly ones."""
    stripped = text.strip()
    bare = stripped.strip(_MARKS).strip()
    # The file's own outer mark decides; without one, the first mark inside the text does.
    mark = stripped[0] if stripped[:1] in _MARKS else next((ch for ch in bare if ch in _MARKS), "")
    if mark == '"':
        return f'"{bare}"'
    return f"\u201c{bare}\u201d"


def _row_of_quote(q: Quote, seen: str) -> ClaimRow:
    k = cached_quote_key(q)
    who = (
        " & ".join(q.speakers) if len(q.speakers) > 1 else as_written(q.speaker or q.speaker_text or "", q.speaker_text)
    )
    text = f"\u201c{q.text}\u201d"
    return ClaimRow(k, who, text, q.document, q.line, q.start, q.end, seen, "quote", q)


@lru_cache(maxsize=4096)
def clock_of(iso: str) -> str:
    """HH:MM of an ISO timestamp in local time (cached: a story's facts share a few first-seen times, and each
    conversion asks the system for the local time zone)."""
    if not iso:
        return ""
    try:
        return datetime.fromisoformat(iso).astimezone().strftime("%H:%M")
    except ValueError:
        return ""


class ClaimsPanel(FactTable):
    """Recent claims: NEW marker, time first seen, speaker in bold, the claim (wrapped), file:line."""

    BORDER_TITLE = "Recent claims"
    SORTABLE = ("who", "text", "source", "seen", "new")
    RELAYOUT = frozenset({"who", "text", "source"})
    ROW_HEIGHT = None

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # Columns exist from the start, so an early redraw (theme load) never meets a table without them.
        self.add_column("", key="new", width=3)
        self.add_column("Seen", key="seen", width=5)
        self.add_column("Who", key="who", width=18)
        self.add_column("Claim", key="text", width=60)
        self.add_column("Source", key="source", width=22)
        self._rendered_width = -1

    def on_resize(self) -> None:
        # Rows were made and measured for the old width: make them again so wrapped claims fit the new one
        # (before any rows, so the screen tells workers the width to make the first rows for).
        if self._rendered_width != self.size.width:
            self.post_message(self.Resized())

    def _fit_columns(self) -> None:
        changed = False
        widths = column_widths(self.size.width)
        for k, col in self.columns.items():
            width = widths.get(str(k.value))
            if width is not None and col.width != width:
                col.width = width
                changed = True
        if changed:
            self.refresh()

    def show_rows(self, panel: PanelRows, unseen: set[str], styles: dict[str, str]) -> None:
        """Show the rows (keeping the cursor on the same claim); NEW marks claims not seen yet."""
        if self._rendered_width != self.size.width:
            self.rebuild_next = True
        self._rendered_width = self.size.width
        self._fit_columns()
        new_style = styles["new"]

        def mark(r: Row) -> Cell:
            return ("NEW" if r.key in unseen else "", new_style)

        self.apply_rows(panel, mark)
        shown = self.shown
        title = f"Recent claims {shown:,}" + ("" if shown == self.total else f" of {self.total:,}")
        self.set_title(title + new_note(self.new_rows))
