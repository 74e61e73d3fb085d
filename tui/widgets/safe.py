"""Showing text from files literally: no markup, no control sequences."""

from __future__ import annotations

from rich.text import Text

from extract.export import safe_text


def literal(value: object, style: str = "", limit: int | None = None) -> Text:
    """A Rich Text of ``value`` exactly as typed (markup not interpreted, control characters neutralised)."""
    s = safe_text("" if value is None else str(value)).replace("\n", " ")
    if limit is not None and len(s) > limit:
        s = s[: max(0, limit - 1)] + "\u2026"
    return Text(s, style=style)


def short_path(path: str) -> str:
    """The last path component, which is what a reporter recognises."""
    return path.rsplit("/", 1)[-1]
