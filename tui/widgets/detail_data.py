"""What a detail view shows: every occurrence of a fact with its sentence in context, and related facts.

Pure functions over records and file texts; the detail screen calls ``build_detail`` in a thread worker
because it reads the files from disk.
"""

from __future__ import annotations

import math
import re
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from decimal import Decimal

from extract.export import counted
from extract.keys import compared_unit
from extract.records import Actor, Claim, DocFacts, Figure, Mention, Quote, Story
from extract.textio import ReadError
from tui.widgets.figures import value_text
from tui.widgets.speakers import as_written
from tui.widgets.view import actor_names, claim_involves, figure_involves, name_pattern

MAX_PER_SECTION = 200
"""Enough for any real story; keeps a pathological folder from building a huge list."""
CONTEXT_CHARS = 240
"""Paragraphs longer than this are cut to the sentence around the fact."""
_SENTENCE_END = re.compile(r"[.!?][\u201d\"')\]]*\s+")

Record = Actor | Figure | Quote | Claim


@dataclass(frozen=True, slots=True)
class Entry:
    """One line of the detail list: where a fact is and the text around it."""

    section: str
    """The heading it is listed under."""
    document: str
    """Story-relative path."""
    line: int
    """1-based line (0 when the file could not be read)."""
    before: str
    """Context before the highlighted span."""
    match: str
    """The highlighted span (the mention, figure or claim)."""
    after: str
    """Context after it."""
    note: str = ""
    """Short description (speaker and cue, role, figure value)."""
    record: object | None = None
    """The record behind the entry (Mention, Figure, Quote, Claim), for drill-down and copy."""


@dataclass(frozen=True, slots=True)
class Detail:
    """The whole detail view of one fact."""

    title: str
    """What the fact is."""
    facts: tuple[tuple[str, str], ...]
    """Label/value lines shown above the list."""
    entries: tuple[Entry, ...]
    """Occurrences and related facts, in sections."""
    warnings: tuple[str, ...] = ()
    """Files that could not be read or changed since they were extracted."""


class Texts:
    """File texts read on demand (once each), with the problems met along the way."""

    def __init__(self, read: Callable[[str], str]) -> None:
        self._read = read
        self._cache: dict[str, str | None] = {}
        self.warnings: list[str] = []

    def get(self, document: str) -> str | None:
        if document not in self._cache:
            try:
                self._cache[document] = self._read(document)
            except (OSError, ReadError, UnicodeError) as exc:
                self._cache[document] = None
                self.warnings.append(f"{document}: cannot read ({exc})")
        return self._cache[document]


def context(text: str, start: int, end: int) -> tuple[str, str, str, int]:
    """(before, match, after, line) for a span: its paragraph, cut to the sentence when the paragraph is long."""
    left = text.rfind("\n", 0, start) + 1
    right = text.find("\n", end)
    right = len(text) if right < 0 else right
    lead = trail = ""
    if right - left > CONTEXT_CHARS:
        ends = [m.end() for m in _SENTENCE_END.finditer(text, left, start)]
        if ends:
            left = ends[-1]
        elif start - left > CONTEXT_CHARS // 2:
            # A long sentence: cut between words, and say so.
            left = start - CONTEXT_CHARS // 2
            space = text.find(" ", left, start)
            left, lead = (space + 1 if space >= 0 else left), "\u2026"
        nxt = _SENTENCE_END.search(text, end, right)
        if nxt:
            right = nxt.start() + 1
        elif right - end > CONTEXT_CHARS // 2:
            right = end + CONTEXT_CHARS // 2
            space = text.rfind(" ", end, right)
            right, trail = (space if space >= 0 else right), "\u2026"
    line = text.count("\n", 0, start) + 1
    return lead + text[left:start], text[start:end], text[end:right].rstrip() + trail, line


def _entry(
    texts: Texts,
    section: str,
    document: str,
    start: int,
    end: int,
    expected: str,
    note: str,
    record: object | None,
    line: int = 0,
) -> Entry:
    """An entry with context from the file; falls back to the record's own text when the file moved on."""
    text = texts.get(document)
    if text is not None and text[start:end] != expected:
        # The file changed since extraction: look for the same words, else show the record as stored.
        found = text.find(expected) if expected else -1
        if found >= 0:
            start, end = found, found + len(expected)
        else:
            texts.warnings.append(f"{document} changed since it was extracted; showing the stored text")
            text = None
    if text is None:
        return Entry(section, document, line, "", expected, "", note, record)
    before, match, after, at = context(text, start, end)
    return Entry(section, document, at, before, match, after, note, record)


def _who(r: Quote | Claim) -> str:
    if isinstance(r, Quote):
        if len(r.speakers) > 1:
            return " & ".join(r.speakers)
        return as_written(r.speaker or r.speaker_text or "unattributed", r.speaker_text)
    if len(r.sources) > 1:
        return " & ".join(r.sources)
    return as_written(r.source or r.source_text or "unattributed", r.source_text)


def _speakers(r: Quote | Claim) -> tuple[str | None, ...]:
    return (r.speaker, *r.speakers) if isinstance(r, Quote) else (r.source, *r.sources)


def _said(r: Quote | Claim) -> str:
    kind = "quote" if isinstance(r, Quote) else r.kind.replace("_", " ")
    return f"{_who(r)} \u00b7 {r.cue or 'no cue'} \u00b7 {kind}"


def _quote_entry(texts: Texts, section: str, r: Quote | Claim) -> Entry:
    return _entry(texts, section, r.document, r.start, r.end, r.text, _said(r), r, r.line)


def _figure_entry(texts: Texts, section: str, f: Figure) -> Entry:
    note = f"{value_text(f)} \u00b7 {f.kind}" + (f" \u00b7 {f.about}" if f.about else "")
    return _entry(texts, section, f.document, f.start, f.end, f.text, note, f, f.line)


def _limited(entries: list[Entry]) -> list[Entry]:
    return entries[:MAX_PER_SECTION]


def _actor_mentions(actor: Actor, facts: Mapping[str, DocFacts]) -> list[Mention]:
    names = {n.lower() for n in actor_names(actor)}
    out = []
    for path in sorted(facts):
        for m in facts[path].mentions:
            if m.name.lower() in names or m.text.lower() in names:
                out.append(m)
    return out


def actor_detail(actor: Actor, story: Story, facts: Mapping[str, DocFacts], texts: Texts) -> Detail:
    pattern = name_pattern(actor)
    entries: list[Entry] = []
    mentions = _actor_mentions(actor, facts)
    if mentions:
        for m in mentions[:MAX_PER_SECTION]:
            note = m.role or ""
            entries.append(_entry(texts, "Mentions", m.document, m.start, m.end, m.text, note, m))
    else:
        # No per-file mentions at hand (warm start without facts): find the names in the files themselves.
        for doc in actor.documents:
            text = texts.get(doc) or ""
            for hit in list(pattern.finditer(text))[:MAX_PER_SECTION]:
                entries.append(_entry(texts, "Mentions", doc, hit.start(), hit.end(), hit.group(), "", None))
    said = [q for q in story.quotes if actor.name in _speakers(q)]
    claimed = [c for c in story.claims if actor.name in _speakers(c)]
    about = [c for c in story.claims if c not in claimed and claim_involves(c, actor, pattern)]
    entries += _limited([_quote_entry(texts, "Quotes", q) for q in said])
    entries += _limited([_quote_entry(texts, "Claims by " + actor.name, c) for c in claimed])
    entries += _limited([_quote_entry(texts, "Claims that mention " + actor.name, c) for c in about])
    entries += _limited([_figure_entry(texts, "Figures", f) for f in story.figures if figure_involves(f, pattern)])
    facts_lines = [
        ("Kind", actor.kind),
        ("Aliases", ", ".join(actor.aliases) or "\u2014"),
        ("Roles", "; ".join(actor.roles) or "\u2014"),
        ("Mentions", f"{actor.mentions:,} in {counted(len(actor.documents), 'file')}"),
        ("Files", ", ".join(actor.documents) or "\u2014"),
    ]
    return Detail(actor.name, tuple(facts_lines), tuple(entries), tuple(texts.warnings))


def figure_detail(fig: Figure, story: Story, texts: Texts) -> Detail:
    entries = [_figure_entry(texts, "Occurrence", fig)]
    same = [
        f
        for f in story.figures
        if f is not fig and fig.about and (f.about or "").lower() == fig.about.lower() and f.kind == fig.kind
    ]
    entries += _limited([_figure_entry(texts, "Same measure elsewhere", f) for f in same])
    near = [r for r in (*story.quotes, *story.claims) if r.document == fig.document and r.line == fig.line]
    entries += _limited([_quote_entry(texts, "Claims on the same line", r) for r in near])
    here = (fig.document, fig.start)
    conflicts = [c for c in story.conflicts if any((v.document, v.start) == here for v in c.values)]
    lines = [
        # A count's unit is the noun it counts ("soldier"), which "About" already says in full.
        (
            "Value",
            "\u2014"
            if fig.value is None
            else plain_number(fig.value) + (f" {compared_unit(fig)}" if _unit_shown(fig) else ""),
        ),
        ("Kind", fig.kind),
        ("About", fig.about or "\u2014"),
        ("Qualifier", fig.qualifier or "\u2014"),
        ("Direction", fig.direction or "\u2014"),
        ("As written", fig.text),
        ("Source", f"{fig.document}, line {fig.line}"),
    ]
    for c in conflicts:
        lines.append(("Conflict", "; ".join(f"{v.display} ({v.document})" for v in c.values)))
    return Detail(value_text(fig), tuple(lines), tuple(entries), tuple(texts.warnings))


def claim_detail(rec: Quote | Claim, story: Story, texts: Texts) -> Detail:
    entries = [_quote_entry(texts, "Occurrence", rec)]
    figs = [
        f
        for f in story.figures
        if f.document == rec.document and (rec.start <= f.start < rec.end or f.line == rec.line)
    ]
    entries += _limited([_figure_entry(texts, "Figures in this passage", f) for f in figs])
    who = rec.speaker if isinstance(rec, Quote) else rec.source
    if who:
        others = [
            r
            for r in (*story.quotes, *story.claims)
            if who in _speakers(r) and not (r.document == rec.document and r.start == rec.start)
        ]
        entries += _limited([_quote_entry(texts, f"Also from {who}", r) for r in others])
    named = [a.name for a in story.actors if a.name != who and name_pattern(a).search(rec.text)]
    kind = "quote" if isinstance(rec, Quote) else rec.kind.replace("_", " ")
    lines = [
        ("Who", _who(rec)),
        ("Called", (rec.speaker_text if isinstance(rec, Quote) else rec.source_text) or "\u2014"),
        ("Cue", rec.cue or "\u2014"),
        ("Kind", kind),
        ("Source", f"{rec.document}, line {rec.line}"),
        ("Mentions", ", ".join(named[:12]) or "\u2014"),
    ]
    if isinstance(rec, Claim) and rec.first_seen:
        lines.append(("First seen", rec.first_seen))
    words = rec.text if len(rec.text) <= 80 else rec.text[:79] + "\u2026"
    title = f"{_who(rec)}: \u201c{words}\u201d"
    return Detail(title, tuple(lines), tuple(entries), tuple(texts.warnings))


def build_detail(record: Record, story: Story, facts: Mapping[str, DocFacts], read: Callable[[str], str]) -> Detail:
    """The detail view of any fact; ``read(document)`` returns a file's text (offsets index it)."""
    texts = Texts(read)
    if isinstance(record, Actor):
        return actor_detail(record, story, facts, texts)
    if isinstance(record, Figure):
        return figure_detail(record, story, texts)
    return claim_detail(record, story, texts)


def plain_number(value: float) -> str:
    """A value as a reader writes it, grouped and never in scientific notation ("2,000,000,000", "22,719,401,753,433",
    "1.4", "0.3333333333333333"): the detail shows the exact value, which ``:g`` cut to six digits and an exponent."""
    if not math.isfinite(value):
        return str(value)
    if value == int(value) and abs(value) < 1e18:
        return f"{int(value):,}"
    text = f"{Decimal(repr(value)):,f}"
    return text.rstrip("0").rstrip(".") if "." in text else text


def _unit_shown(fig: Figure) -> bool:
    # What a count counts is its 'about'; a count has a unit of its own only as a rate ("4 time per week").
    return bool(compared_unit(fig))
