"""The story as the public JSON contract, JSON lines, CSV and Markdown."""

from __future__ import annotations

import calendar
import csv
import dataclasses
import io
import json
import re
import unicodedata
from functools import lru_cache
from typing import Any

from extract.keys import unit_with_per
from extract.records import Figure, Story

FORMATS = ("json", "jsonl", "csv", "markdown")
# Control characters (C0 but tab/newline, DEL, C1) and bidi overrides never reach a terminal or a file we write.
_UNSAFE = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


# Inside JSON strings these are escaped as \uXXXX: C1 controls, bidi controls and lone surrogates (from file names
# that are not UTF-8) would otherwise reach a terminal raw or make the output invalid UTF-8.
_JSON_ESCAPE = re.compile("[\x7f-\x9f\u061c\u200e\u200f\u202a-\u202e\u2066-\u2069\ud800-\udfff]")


def counted(n: int, noun: str) -> str:
    """``n`` of ``noun`` as a reader says it: "1 file", "2 files", "1,234 actors" (the one place a count meets its
    noun, for exports, the Changes log, notices and panel titles; every noun used takes a plain "s")."""
    return f"{n:,} {noun}" + ("" if n == 1 else "s")


FILE_NAME_CELLS = 40
"""Longest file name a line of text (a Changes entry, a summary, a notice) shows whole; a longer one is cut in the
middle, keeping its start and its extension (a scraper's 240-character slug folded over three lines of the log)."""


def cells(text: str) -> int:
    """Terminal cells ``text`` takes: 2 for a wide character (CJK, most emoji), 0 for a combining mark, a variation
    selector or a zero-width joiner, else 1 (as terminals and Rich count them, from Unicode's tables)."""
    if text.isascii():
        return len(text)
    return sum(_cell(ch) for ch in text)


@lru_cache(maxsize=4096)
def _cell(ch: str) -> int:
    if unicodedata.combining(ch) or unicodedata.category(ch) in ("Mn", "Me", "Cf"):
        return 0
    return 2 if unicodedata.east_asian_width(ch) in ("W", "F") else 1


def middle_cut(text: str, limit: int = FILE_NAME_CELLS) -> str:
    """``text`` within ``limit`` terminal cells, cut in the middle with an ellipsis ("a-very-long…-ukraine.txt"): a
    name of wide characters (北韓部隊…) is cut by its cells, so it takes no more room than a Latin one."""
    if cells(text) <= limit:
        return text
    room = max(0, limit - 1)
    head_room = room // 2
    head, used = 0, 0
    while head < len(text) and used + _cell(text[head]) <= head_room:
        used += _cell(text[head])
        head += 1
    tail, tail_used = len(text), 0
    while tail > head and tail_used + _cell(text[tail - 1]) <= room - used:
        tail_used += _cell(text[tail - 1])
        tail -= 1
    return text[:head] + "\u2026" + text[tail:]


def safe_text(text: str) -> str:
    """Text with control, bidi-override and lone-surrogate characters replaced by U+FFFD."""
    return _UNSAFE.sub("\ufffd", text)


def _json(obj: object, indent: int | None = None) -> str:
    out = json.dumps(obj, ensure_ascii=False, indent=indent)
    return _JSON_ESCAPE.sub(lambda m: f"\\u{ord(m.group()):04x}", out)


# Fields the engine uses inside and no export shows. A figure's holder is the clause's subject as the parser reads
# it, a heuristic that keeps conflicts apart, often not the figure's owner (review s19 r3 MED-9). What a quote's or a
# claim's pronoun speaker stands for is a guess from an earlier sentence that the story turns into the speaker it
# shows (``speaker``/``source``); the export gives that result, not the guess. No other record has these names.
_INTERNAL_FIELDS = frozenset({"holder", "stands_for"})


def _record(obj: Any) -> dict[str, Any]:
    d = dataclasses.asdict(obj)
    return {k: list(v) if isinstance(v, tuple) else v for k, v in d.items() if k not in _INTERNAL_FIELDS}


def story_dict(story: Story) -> dict[str, Any]:
    """The JSON contract of DESIGN.md (plus a few extra fields)."""
    return {
        "documents": [_record(d) for d in story.documents],
        "actors": [_record(a) for a in story.actors],
        "figures": [_record(f) for f in story.figures],
        "quotes": [_record(q) for q in story.quotes],
        "claims": [_record(c) for c in story.claims],
        "conflicts": [_record(c) for c in story.conflicts],
        "warnings": list(story.warnings),
    }


def to_json(story: Story) -> str:
    """Pretty JSON (non-ASCII kept; JSON escapes every control character itself)."""
    return _json(story_dict(story), indent=2)


def to_jsonl(story: Story) -> str:
    """One JSON object per fact, each with a "type" field."""
    lines = []
    for kind, items in story_dict(story).items():
        if kind == "warnings":
            items = [{"message": w} for w in items]
        for item in items:
            lines.append(_json({"type": kind.rstrip("s"), **item}))
    return "\n".join(lines) + ("\n" if lines else "")


ARROWS = {"up": "\u2191", "down": "\u2193"}
"""A change's direction as the panels, the copies and the Markdown export show it before the figure."""
_NO_YEAR = re.compile(r"--(\d\d)-(\d\d)")
"""ISO 8601's month and day of an unknown year ("--11-05"), which no reader parses at a glance."""


def _month_day(m: re.Match[str]) -> str:
    month, day = int(m.group(1)), int(m.group(2))
    return f"{calendar.month_abbr[month]} {day}" if 1 <= month <= 12 else m.group(0)


def figure_text(f: Figure) -> str:
    """A figure as a reader should see it wherever it is shown (panel, detail, copy, Markdown): qualifier, direction
    arrow and normalised value ("more than 400,000", "\u2193 5.5 points"; a date without its year as "Nov 5"). The
    normalised display alone turned "more than 400,000" into a flat 400,000 in the Markdown export (probe s29 UX-1)."""
    shown = f.display or f.text
    if f.kind == "date":
        shown = _NO_YEAR.sub(_month_day, shown)
    # A vague plural's display ("1,000+" for "thousands of") already says how vague it is: "approximately 1,000+"
    # would say it twice.
    if f.qualifier and not (f.qualifier == "approximately" and f.vague):
        shown = f"{f.qualifier} {shown}"
    if f.direction:
        shown = f"{ARROWS.get(f.direction, '')} {shown}"
    return shown


def _where(document: str, line: int) -> str:
    """ "file.txt:12" (the file alone when the line is not known)."""
    return f"{document}:{line}" if line else document


CSV_HEADER = (
    "type",
    "text",
    "who_or_what",
    "value",
    "unit",
    "kind",
    "document",
    "start",
    "end",
    "qualifier",
    "direction",
    "line",
)
"""The CSV export's columns; qualifier, direction and line came last (probe s29 UX-1), so the older columns keep
their places."""


def to_csv(story: Story) -> str:
    """One CSV row per fact (see CSV_HEADER): a figure with its qualifier ("more than") and direction ("down"), every
    fact but an actor with its line."""
    rows: list[list[object]] = [list(CSV_HEADER)]
    for a in story.actors:
        row = ["actor", a.name, "; ".join(a.roles), a.mentions, "", a.kind, "; ".join(a.documents), "", ""]
        rows.append([*row, "", "", ""])
    for f in story.figures:
        row = ["figure", f.text, f.about or "", f.value, _unit(f), f.kind, f.document, f.start, f.end]
        rows.append([*row, f.qualifier or "", f.direction or "", f.line or ""])
    for q in story.quotes:
        rows.append(
            [
                "quote",
                q.text,
                _who(q.speaker, q.speaker_text),
                "",
                "",
                "direct",
                q.document,
                q.start,
                q.end,
                "",
                "",
                q.line or "",
            ]
        )
    for c in story.claims:
        row = ["claim", c.text, _who(c.source, c.source_text), "", "", c.kind, c.document, c.start, c.end]
        rows.append([*row, "", "", c.line or ""])
    buf = io.StringIO()
    writer = csv.writer(buf)
    for row in rows:
        # Each field is made safe, not the whole output, so the CSV's own CRLF row ends survive.
        writer.writerow([safe_text(v) if isinstance(v, str) else v for v in row])
    return buf.getvalue()


def _who(resolved: str | None, written: str | None) -> str:
    """Who said it, as the Claims panel shows it: the actor the speaker resolved to, else the words the sentence names
    them with ('The ministry', 'one estimate'). The exports left it empty, or 'unattributed', where the screen named
    the speaker (probe s30 U8: 23 of 350 claims and 5 of 518 quotes)."""
    return resolved or (written or "").strip()


def _unit(f: Figure) -> str:
    """A figure's unit for one column: a money rate with its denominator ("USD per share")."""
    return unit_with_per(f.unit, f.per) or ""


def _md(text: object) -> str:
    s = safe_text(str(text if text is not None else ""))
    s = re.sub(r"([\\`*_\[\]<>|#])", r"\\\1", s)
    return s.replace("\n", " ")


def to_markdown(story: Story) -> str:
    """A readable Markdown report of the story."""
    out = [f"# Story: {counted(len(story.documents), 'file')}", ""]
    out += ["## Actors", "", "| Name | Kind | Mentions | Roles |", "|---|---|---|---|"]
    out += [f"| {_md(a.name)} | {a.kind} | {a.mentions} | {_md('; '.join(a.roles))} |" for a in story.actors]
    out += ["", "## Figures", "", "| About | Figure | Value | Unit | Document |", "|---|---|---|---|---|"]
    out += [
        f"| {_md(f.about)} | {_md(figure_text(f))} | {'' if f.value is None else f.value} | {_md(_unit(f))} "
        f"| {_md(_where(f.document, f.line))} |"
        for f in story.figures
    ]
    out += ["", "## Claims", ""]
    out += [
        f"- **{_md(_who(c.source, c.source_text) or 'unattributed')}** ({c.cue or c.kind}): {_md(c.text)}"
        f"  _{_md(_where(c.document, c.line))}_"
        for c in story.claims
    ]
    if story.conflicts:
        out += ["", "## Conflicts", ""]
        for c in story.conflicts:
            vals = "; ".join(f"{_md(v.display)} ({_md(v.document)})" for v in c.values)
            out.append(f"- {_md(c.about)}: {vals}")
    return "\n".join(out) + "\n"


def render(story: Story, fmt: str) -> str:
    """The story in one of FORMATS."""
    return {"json": to_json, "jsonl": to_jsonl, "csv": to_csv, "markdown": to_markdown}[fmt](story)
