"""A Markdown article is read as the text it shows, with every offset kept (UX probe s30 U21)."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from extract.markdown import blank_markdown
from extract.textio import load


@pytest.mark.parametrize(
    ("markdown", "shown"),
    [
        ("# Floods in Valencia", "Floods in Valencia"),
        ("## Toll rises ##", "Toll rises"),
        ("> > quoted twice", "quoted twice"),
        ("- About **1,900** people are missing", "About 1,900 people are missing"),
        ("1. First, the _army_ came", "First, the army came"),
        (
            "said [Carlos Mazón](https://en.wikipedia.org/wiki/Carlos_Maz%C3%B3n), president",
            "said Carlos Mazón , president",
        ),
        ("see [the report][1] now", "see the report now"),
        ("![A flooded street](https://example.com/a.jpg)", ""),
        ("[1]: https://example.com/report", ""),
        ("Read <https://example.com/x> or <b>this</b>", "Read https://example.com/x or this"),
        ("```python", ""),
        ("***", ""),
        ("***bold italic*** and `code`", "bold italic and code"),
        # not Markdown: words and numbers as written
        ("snake_case_name and 2*3*4 and 5 * 6", "snake_case_name and 2*3*4 and 5 * 6"),
        ("The 1990s - a decade", "The 1990s - a decade"),
    ],
)
def test_markdown_syntax_is_blanked_and_words_kept(markdown: str, shown: str) -> None:
    out = blank_markdown(markdown)
    assert len(out) == len(markdown)
    assert " ".join(out.split()) == shown


@given(st.text(alphabet=st.sampled_from("ab1 *_`#>-[]()!<>/:\n."), max_size=80))
def test_every_line_keeps_its_length(text: str) -> None:
    out = blank_markdown(text)
    assert [len(line) for line in out.split("\n")] == [len(line) for line in text.split("\n")]


def test_a_markdown_file_is_read_as_its_text_and_a_text_file_as_written(tmp_path: Path) -> None:
    body = "- About **1,900** people are missing, [officials](https://x.org) said.\n"
    (tmp_path / "a.md").write_text(body, encoding="utf-8")
    (tmp_path / "a.txt").write_text(body, encoding="utf-8")
    assert " ".join(load(tmp_path / "a.md").text.split()) == "About 1,900 people are missing, officials said."
    assert load(tmp_path / "a.txt").text == body
