"""Stable identities of facts across file versions, for diffs and first-seen times."""

from __future__ import annotations

import re

from extract.records import Actor, Claim, Figure, Quote

_WORDS = re.compile(r"\w+")


def _norm(text: str | None) -> str:
    return " ".join(_WORDS.findall((text or "").lower()))


def actor_key(a: Actor) -> str:
    """Actors are identified by kind and canonical name."""
    return f"actor|{a.kind}|{a.name.lower()}"


def figure_key(f: Figure) -> str:
    """A figure is 'the same' when it counts the same thing in the same unit in the same file, whatever its value."""
    return f"figure|{f.document}|{f.kind}|{f.unit or ''}|{_norm(f.about) or _norm(f.sentence)[:80]}"


def quote_key(q: Quote) -> str:
    """Quotes are identified by their words, wherever in the file they move."""
    return f"quote|{q.document}|{_norm(q.text)}"


def claim_key(c: Claim) -> str:
    """Claims are identified by their words, wherever in the file they move."""
    return f"claim|{c.document}|{_norm(c.text)}"
