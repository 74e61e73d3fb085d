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


def test_an_actors_mention_count_in_a_diff_uses_the_helper() -> None:
    """Review s28 rev1 UI-4: the diff wrote '1234 mentions' with its own inline plural."""
    from extract.diff import diff_stories
    from extract.records import Actor

    old = Story(actors=(Actor("Acme", "organization", mentions=1_233),))
    new = Story(actors=(Actor("Acme", "organization", mentions=1_234),))
    (change,) = [c for c in diff_stories(old, new).changes if c.kind == "actor"]
    assert (change.before, change.after) == ("1,233 mentions", "1,234 mentions")
    one = Story(actors=(Actor("Acme", "organization", mentions=1),))
    (change,) = [c for c in diff_stories(old, one).changes if c.kind == "actor"]
    assert change.after == "1 mention"
