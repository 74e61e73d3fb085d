"""Counts of things in words: "1 file", "2 files", one helper for the exports, the Changes log and the panels."""

from __future__ import annotations

import pytest

from extract.export import counted, to_markdown
from extract.records import DocumentInfo, Story


@pytest.mark.parametrize(
    ("n", "noun", "text"),
    [
        (0, "file", "0 files"),
        (1, "file", "1 file"),
        (2, "file", "2 files"),
        (1_234, "actor", "1,234 actors"),
        (1, "new file", "1 new file"),
        (3, "file error", "3 file errors"),
    ],
)
def test_counted(n: int, noun: str, text: str) -> None:
    assert counted(n, noun) == text


def _story(n: int) -> Story:
    docs = tuple(DocumentInfo(f"{i}.txt", f"t{i}", 10, "0" * 64, 0.0, None) for i in range(n))
    return Story(documents=docs, actors=(), figures=(), quotes=(), claims=(), conflicts=(), warnings=())


@pytest.mark.parametrize(("n", "head"), [(1, "# Story: 1 file"), (2, "# Story: 2 files"), (0, "# Story: 0 files")])
def test_the_markdown_export_says_1_file(n: int, head: str) -> None:
    assert to_markdown(_story(n)).splitlines()[0] == head
