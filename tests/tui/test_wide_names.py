"""File names and cells of wide characters are cut by terminal cells, not characters (review s28 UI-3): a 60-character
CJK name took 79 cells of the Changes log and pushed the Files screen's columns off screen."""

from __future__ import annotations

from rich.cells import cell_len

from extract.export import cells, middle_cut
from tui.widgets.safe import file_name, place, safe_cell

CJK = "\u5317\u97d3\u90e8\u968a" * 15 + ".txt"  # 北韓部隊 x 15


def test_cells_count_as_a_terminal_does():
    assert cells("abc") == 3
    assert cells("\u5317\u97d3") == 4
    assert cells("e\u0301") == 1  # a combining accent takes no cell
    assert cells("\U0001f525") == 2  # an emoji
    for text in (CJK, "caf\u00e9 \u5317\u97d3 \U0001f525 abc", "plain.txt"):
        assert cells(text) == cell_len(text)


def test_middle_cut_keeps_a_wide_name_within_its_cells():
    cut = middle_cut(CJK, 40)
    assert cells(cut) <= 40 and cut.endswith(".txt") and "\u2026" in cut
    assert cells(middle_cut(CJK, 39)) <= 39
    assert cells(file_name(CJK)) <= 40
    # A Latin name is cut exactly as before.
    name = "a-very-long-article-about-the-north-korean-troops-in-ukraine-service.txt"
    assert middle_cut(name, 40) == name[:19] + "\u2026" + name[-20:]


def test_the_line_number_always_shows():
    shown = place(CJK, 12, 20)
    assert shown.endswith(":12") and cells(shown) <= 20


def test_a_cell_is_cut_by_its_cells():
    shown = safe_cell("\u4e60\u8fd1\u5e73\u4e3b\u5e2d\u8bf4\u8fd9\u662f\u4e00\u4e2a\u597d\u6d88\u606f", 12)
    assert cell_len(shown) <= 12 and shown.endswith("\u2026")
    assert safe_cell("president of the republic", 13) == "president of\u2026"
