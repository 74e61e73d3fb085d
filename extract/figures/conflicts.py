"""Conflicts: figures about the same thing whose values contradict each other."""

from __future__ import annotations

import re
from collections.abc import Sequence

from extract.figures.core import _singular, _to_float
from extract.records import Conflict, Figure, FigureValue


def _about_key(about: str) -> str:
    """Normalised 'what is counted': lower-case content words, plurals singular, in order."""
    words = [
        w
        for w in re.findall(r"[a-z0-9]+", about.lower())
        if w not in ("the", "a", "an", "of", "these", "those", "this", "that", "its", "their", "his", "her")
    ]
    return " ".join(_singular(w) for w in words)


def _compatible(a: Figure, b: Figure) -> bool:
    """Two values that do not contradict each other given their qualifiers."""
    va, vb = a.value, b.value
    if va is None or vb is None or va == vb:
        return True
    for x, y in ((a, b), (b, a)):
        vx, vy = x.value or 0.0, y.value or 0.0
        if x.qualifier in ("up to", "at most", "less than") and vy <= vx:
            return True
        if x.qualifier in ("at least", "more than") and vy >= vx:
            return True
        if x.qualifier == "approximately" and abs(vx - vy) <= 0.1 * max(abs(vx), abs(vy)):
            return True
    both_approximate = a.qualifier == "approximately" and b.qualifier == "approximately"
    return both_approximate and abs(va - vb) <= 0.2 * max(abs(va), abs(vb))


def find_conflicts(figures: Sequence[Figure]) -> list[Conflict]:
    """Figures about the same thing (same kind and unit) whose values contradict each other.

    Vague figures ("thousands of"), changes ("rose 5%") and ranges that contain the other value do not
    conflict; a bound ("up to 13,000") conflicts only with values outside it ("15,000"), since "up to
    13,000" and "12,000" can both be true.
    """
    groups: dict[tuple[str, str, str | None], list[Figure]] = {}
    for f in figures:
        if f.value is None or not f.about or f.kind in ("date", "number") or f.direction:
            continue
        if f.display and f.display[0].isalpha() and f.kind == "count":
            continue  # vague plurals such as "thousands"
        key = _about_key(f.about)
        if not key:
            continue
        groups.setdefault((key, f.kind, f.unit), []).append(f)
    out: list[Conflict] = []
    for (_, kind, unit), fs in groups.items():
        values = sorted({f.value for f in fs if f.value is not None})
        if len(values) < 2:
            continue
        # Repeats of one statement compare alike, so pairs are taken over distinct variants (linear in repeats).
        variants = list({(f.value, f.qualifier, f.display, f.document): f for f in fs}.values())
        clash = [
            (x, y)
            for i, x in enumerate(variants)
            for y in variants[i + 1 :]
            if _specific(x, y) and not _small_counts(x, y) and not _compatible(x, y) and not _in_range(x, y)
        ]
        if not clash:
            continue
        involved: dict[float, Figure] = {}
        for x, y in clash:
            for f in (x, y):
                if f.value is not None:
                    involved.setdefault(f.value, f)
        out.append(
            Conflict(
                about=fs[0].about or "",
                kind=kind,
                unit=unit,
                values=tuple(FigureValue(v, f.display, f.document, f.start) for v, f in sorted(involved.items())),
            )
        )
    return out


def _specific(a: Figure, b: Figure) -> bool:
    """Whether 'about' is specific enough for two differing values to be a disagreement.

    "North Korean soldiers" is; a bare "countries" or "shots" is not within one article (different
    passages count different things), and small one-word counts are not even across articles.
    """
    words = len(_about_key(a.about or "").split())
    if words >= 2:
        return True
    if a.document == b.document:
        return False
    return a.kind != "count" or min(a.value or 0.0, b.value or 0.0) >= 100


def _small_counts(a: Figure, b: Figure) -> bool:
    """Counts under ten ("two countries", "one of them") are usually about different things."""
    return a.kind == "count" and min(a.value or 0.0, b.value or 0.0) < 10


_RANGE_DISPLAY = re.compile(r"(-?[\d,.]+)–(-?[\d,.]+)")


def _in_range(a: Figure, b: Figure) -> bool:
    """One figure is a range ("10–20") that contains the other's value."""
    for x, y in ((a, b), (b, a)):
        m = _RANGE_DISPLAY.search(x.display)
        if m and y.value is not None and x.value is not None:
            try:
                lo, hi = _to_float(m.group(1)), _to_float(m.group(2))
            except ValueError:
                continue
            scale = x.value / ((lo + hi) / 2) if lo + hi else 1.0
            if lo * scale <= y.value <= hi * scale:
                return True
    return False
