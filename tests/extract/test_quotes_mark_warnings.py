"""Quotes: a warning about a quote mark it could not pair names the mark's line and column in the file (what an
editor shows), not a character offset a reader cannot find."""

from __future__ import annotations

import pytest

from extract.quotes import find_quote_spans
from extract.repair import repair


@pytest.mark.parametrize(
    ("text", "warning"),
    [
        # A mark left open at the paragraph's end: the mark itself, on the second line.
        ("Title\nShe said \u201cwe will win and left.", "quote mark at line 2, column 10 is never closed"),
        # A closing mark with nothing open before it.
        (
            "A first line.\nSecond line.\nThe end\u201d of it.",
            "closing quote mark at line 3, column 8 has no opening mark",
        ),
        # A mark left open before the next one opens, on the first line.
        ("\u201cWe won. \u201cWe lost,\u201d she said.", "quote mark at line 1, column 1 is never closed"),
    ],
)
def test_a_mark_warning_names_line_and_column(text: str, warning: str) -> None:
    _, warnings = find_quote_spans(repair(text))
    assert warnings == [warning]
