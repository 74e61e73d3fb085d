"""A hyphen after a number written with a fraction glyph splits as after "3.5" ("3½-point lead"), so the figure is
read as the decimal one is (figures engineer s30: '3½-point', '4½-star' gave nothing)."""

from __future__ import annotations

import pytest

from extract.figures import extract_figures


@pytest.mark.parametrize(
    ("glyph", "decimal"),
    [
        ("She held a 3½-point lead in the poll.", "She held a 3.5-point lead in the poll."),
        ("They stayed at a 4½-star hotel.", "They stayed at a 4.5-star hotel."),
        ("A 2½-year-old boy was found.", "A 2.5-year-old boy was found."),
    ],
)
def test_a_fraction_glyph_before_a_hyphen_reads_as_its_decimal(parsed, glyph: str, decimal: str) -> None:
    def read(text: str) -> list[tuple]:
        doc, rep = parsed(text)
        return [(f.value, f.unit, f.kind, f.about) for f in extract_figures(doc, rep, "a.txt")]

    assert read(glyph) == read(decimal) != []


def test_dashes_between_names_and_numbers_stay(nlp) -> None:
    assert [t.text for t in nlp("COVID–19 and F–16 flew.")][:3] == ["COVID–19", "and", "F–16"]
