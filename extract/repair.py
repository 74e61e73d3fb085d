"""Text repair before NLP, with a character map back to the file on disk.

Repairs only substitute characters one for one or insert characters, so every character of the
repaired text maps to exactly one position of the original and offsets survive the round trip.
"""

from __future__ import annotations

import re
from bisect import bisect_right
from dataclasses import dataclass

# Curly quotes and apostrophes are normalised for the parser only; the file keeps its own marks.
_SAME_LENGTH = str.maketrans(
    {
        "\u201c": '"',
        "\u201d": '"',
        "\u201e": '"',
        "\u201f": '"',
        "\u00ab": '"',
        "\u00bb": '"',
        "\u2018": "'",
        "\u2019": "'",
        "\u201a": "'",
        "\u201b": "'",
        "\u00a0": " ",
        "\u2009": " ",
        "\u202f": " ",
    }
)
_HASHTAG_LINE = re.compile(r"(?m)^[ \t]*#\w+(?:[ \t]+#\w+)*[ \t]*$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f\x7f-\x9f\u200b-\u200f\u202a-\u202e\u2066-\u2069]")


@dataclass(frozen=True, slots=True)
class Repaired:
    """Repaired text plus the positions where characters were inserted."""

    text: str
    """The text the parser sees."""
    original: str
    """The file text."""
    inserts: tuple[int, ...] = ()
    """Sorted positions in ``text`` of inserted characters."""

    def to_original(self, pos: int) -> int:
        """Map an offset in ``text`` to the offset in ``original``."""
        return pos - bisect_right(self.inserts, pos - 1) if self.inserts else pos

    def span(self, start: int, end: int) -> tuple[int, int]:
        """Map a [start, end) span of ``text`` to the original; inserted characters vanish."""
        s, e = self.to_original(start), self.to_original(end)
        return s, max(s, e)

    def original_slice(self, start: int, end: int) -> str:
        """The original text under a span of ``text``."""
        s, e = self.span(start, end)
        return self.original[s:e]


def normalise_same_length(text: str) -> str:
    """Quote marks, odd spaces, control characters and hashtag lines, one character for one."""
    text = text.translate(_SAME_LENGTH)
    text = _CONTROL.sub(lambda m: "\n" if m.group() in "\x0b\x0c" else " ", text)
    return _HASHTAG_LINE.sub(lambda m: " " * len(m.group()), text)


def apply_inserts(text: str, original: str, positions: list[int], char: str = " ") -> Repaired:
    """Insert ``char`` before each position of ``text`` (positions in ``text``, which is 1:1 with original)."""
    if not positions:
        return Repaired(text, original)
    out: list[str] = []
    inserts: list[int] = []
    prev = 0
    for n, p in enumerate(sorted(set(positions))):
        out.append(text[prev:p])
        inserts.append(p + n)
        out.append(char)
        prev = p
    out.append(text[prev:])
    return Repaired("".join(out), original, tuple(inserts))


def repair(original: str) -> Repaired:
    """Repair ``original`` for parsing."""
    text = normalise_same_length(original)
    return Repaired(text, original)
