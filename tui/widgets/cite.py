"""Ready-to-paste lines with attribution, for the clipboard."""

from __future__ import annotations

import re

from extract.export import figure_text
from extract.records import Claim, Figure, Quote
from tui.widgets.safe import clip_text, short_path
from tui.widgets.speakers import as_written

_END_PUNCT = ".!?\u2026"
_MARKS = '"\u201c\u201d\u00ab\u00bb\u201e'


def _where(document: str, line: int) -> str:
    return f"per {short_path(document)}, line {line}" if line else f"per {short_path(document)}"


def _quoted(text: str) -> str:
    """The words in curly quotes, a final full stop turned into the comma that precedes "X said"."""
    # Some claim texts keep their own quote marks; never print them twice.
    words = text.strip().strip(_MARKS).strip()
    if words.endswith((".", ",")):
        words = words[:-1] + ","
    elif not words.endswith(tuple(_END_PUNCT)):
        words += ","
    return f"\u201c{words}\u201d"


def _attributed_within(text: str, cue: str | None) -> str | None:
    """A direct claim whose words hold their own attribution between two quotes ('"A," NASA's Jim Bridenstine said in
    a statement. "B."'), as written with its marks made curly and paired; None for any other text. Quoted as one
    quote it pasted the cue inside the quote marks, straight and curly ones mixed, and "Bridenstine said" twice
    (probe s30 U2)."""
    if not cue or cue.lower() == "according to":
        return None
    words = " ".join(text.split())
    parts = re.split(f"[{_MARKS}]", words)
    outside = parts[2::2] if not parts[0].strip() else parts[::2]  # the text between the quotes
    if len(parts) < 4 or not any(re.search(rf"\b{re.escape(cue)}\b", p, re.IGNORECASE) for p in outside):
        return None
    out: list[str] = []
    opened = False
    for ch in words:
        if ch in _MARKS:
            out.append("\u201d" if opened else "\u201c")
            opened = not opened
        else:
            out.append(ch)
    if opened:
        out.append("\u201d")
    return "".join(out)


def cite_quote(q: Quote | Claim) -> str:
    """“...,” Zelensky said, per seed.txt, line 8 (a quote or a direct claim)."""
    written = _attributed_within(q.text, q.cue) if isinstance(q, Claim) else None
    if written:
        return clip_text(f"{written} ({_where(q.document, q.line)})")
    said, text = (q.speaker, q.speaker_text) if isinstance(q, Quote) else (q.source, q.source_text)
    who = as_written(said, text) if said else text
    cue = q.cue if q.cue and q.cue.lower() != "according to" else "said"
    attribution = f"{who} {cue}, " if who else ""
    return clip_text(f"{_quoted(q.text)} {attribution}{_where(q.document, q.line)}")


def cite_claim(c: Claim) -> str:
    """A claim as a line: direct claims quoted, reported ones as "X said ...", each with file and line."""
    if c.kind == "direct":
        return cite_quote(c)
    who = as_written(c.source, c.source_text) if c.source else c.source_text
    text = c.text.strip().rstrip(".")
    if c.kind == "according_to" or not who:
        head = f"According to {who}, " if who else ""
        return clip_text(f"{head}{text} ({_where(c.document, c.line)})")
    cue = c.cue or "said"
    return clip_text(f"{who} {cue} {text} ({_where(c.document, c.line)})")


def cite_figure(f: Figure) -> str:
    """13,000 (North Korean soldiers), per seed.txt, line 12: “the sentence”."""
    shown = figure_text(f)  # with its qualifier and direction, as the panel shows it ("\u2193 5.5 points")
    about = f" ({f.about})" if f.about else ""
    sentence = f": \u201c{f.sentence.strip()}\u201d" if f.sentence.strip() else ""
    return clip_text(f"{shown}{about}, {_where(f.document, f.line)}{sentence}")
