"""The Recent claims panel: quotes and claims, newest first, with who said them."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from extract.keys import claim_key, quote_key
from extract.records import Claim, Quote, Story
from tui.widgets.safe import literal, place
from tui.widgets.table import FactTable

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


def claim_rows(story: Story, first_seen: dict[str, str]) -> list[ClaimRow]:
    """Claims plus the quotes not inside a claim, newest first, then in reading order."""
    rows: list[ClaimRow] = []
    spans: dict[str, list[tuple[int, int]]] = {}
    for c in story.claims:
        spans.setdefault(c.document, []).append((c.start, c.end))
        rows.append(_row_of_claim(c, first_seen))
    for q in story.quotes:
        inside = any(s <= q.start and q.end <= e for s, e in spans.get(q.document, ()))
        if not inside:
            rows.append(_row_of_quote(q, first_seen))
    rows.sort(key=lambda r: (r.document, r.start))
    rows.sort(key=lambda r: r.seen, reverse=True)
    return rows


def _row_of_claim(c: Claim, first_seen: dict[str, str]) -> ClaimRow:
    k = claim_key(c)
    who = " & ".join(c.sources) if len(c.sources) > 1 else (c.source or c.source_text or "")
    bare = c.text.strip().strip(_MARKS).strip()
    text = f"\u201c{bare}\u201d" if c.kind == "direct" else c.text
    seen = first_seen.get(k) or c.first_seen or ""
    return ClaimRow(k, who, text, c.document, c.line, c.start, c.end, seen, c.kind, c)


def _row_of_quote(q: Quote, first_seen: dict[str, str]) -> ClaimRow:
    k = quote_key(q)
    who = " & ".join(q.speakers) if len(q.speakers) > 1 else (q.speaker or q.speaker_text or "")
    text = f"\u201c{q.text}\u201d"
    return ClaimRow(k, who, text, q.document, q.line, q.start, q.end, first_seen.get(k, ""), "quote", q)


def clock_of(iso: str) -> str:
    """HH:MM of an ISO timestamp in local time."""
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

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        # Columns exist from the start, so an early redraw (theme load) never meets a table without them.
        self.add_column("", key="new", width=3)
        self.add_column("Seen", key="seen", width=5)
        self.add_column("Who", key="who", width=18)
        self.add_column("Claim", key="text", width=60)
        self.add_column("Source", key="source", width=22)
        self.rows_by_key: dict[str, ClaimRow] = {}
        self._last: tuple | None = None
        self._rendered_width = -1

    def on_resize(self) -> None:
        # Row heights were measured for the old width: rebuild the rows so wrapped claims fit the new one.
        if self._last is not None and self._rendered_width != self.size.width:
            self.show_story(*self._last)

    def _fit_columns(self) -> None:
        # The claim column takes what the others leave, so text wraps instead of vanishing.
        narrow = self.size.width < 100
        widths = {"new": 3, "seen": 5, "who": 14 if narrow else 18, "source": 16 if narrow else 22}
        for k, col in self.columns.items():
            if k.value in widths:
                col.width = widths[k.value]
        text = self.columns.get(self._column_key("text"))
        if text is not None:
            # Two cells of padding per column and room for the vertical scrollbar.
            text.width = max(20, self.size.width - sum(widths.values()) - 2 * 5 - 2)
            self.refresh()

    def _column_key(self, name: str):
        for k in self.columns:
            if k.value == name:
                return k
        return None

    def show_story(
        self, story: Story, unseen: set[str], first_seen: dict[str, str], styles: dict[str, str], total: int = 0
    ) -> None:
        """Replace the rows with the story's claims and stand-alone quotes."""
        self._last = (story, unseen, first_seen, styles, total)
        self._rendered_width = self.size.width
        keep = self.current_key()
        self.clear()
        self.rows_by_key = {}
        self.records = {}
        self._fit_columns()
        for r in claim_rows(story, first_seen):
            if r.key in self.rows:
                continue
            self.rows_by_key[r.key] = r
            self.records[r.key] = r.record
            self.add_row(
                literal("NEW" if r.key in unseen else "", styles["new"]),
                literal(clock_of(r.seen), "dim"),
                literal(r.who or "\u2014", "bold"),
                literal(r.text),
                literal(place(r.document, r.line, 16 if self.size.width < 100 else 22), "dim"),
                key=r.key,
                height=None,
            )
        self.total = total or len(self.rows_by_key)
        shown = len(self.rows_by_key)
        self.border_title = f"Recent claims {shown}" + ("" if shown == self.total else f" of {self.total}")
        self.finish_rows(keep)
