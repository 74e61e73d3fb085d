"""Figures (brief s30 known errors): a fraction glyph. '½ a percentage point' gave two figures (0.5, and one
percentage point) where 'half a percentage point' gave one; '2½ miles', '7½ pounds' (the glyph glued to the whole
number, one token) gave nothing, and 'a 2½-hour film' neither. Now ½ and ¼ before 'a'/'an' read as 'half a'/'quarter
a', and a glued glyph adds its fraction to the number, with a hyphened unit the tokenizer leaves on it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

FIGURES = [
    ("Rates rose by ½ a percentage point on Thursday.", "½ a percentage point", 0.5, "percent", "percentage point"),
    ("It took ½ an hour.", "½ an hour", 0.5, "duration", "hour"),
    ("He walked 2½ miles.", "2½ miles", 2.5, "quantity", "mile"),
    ("The baby weighed 7½ pounds.", "7½ pounds", 7.5, "quantity", "pound"),
    ("Rates rose 1½ percentage points.", "1½ percentage points", 1.5, "percent", "percentage point"),
    ("It cost $2½ million.", "$2½ million", 2.5e6, "money", "USD"),
    ("They watched a 2½-hour film.", "2½-hour", 2.5, "duration", "hour"),
    # as before
    ("The rate fell half a percentage point.", "half a percentage point", 0.5, "percent", "percentage point"),
    ("He walked 2 ½ miles.", "2 ½ miles", 2.5, "quantity", "mile"),
    ("Rates rose by ¾ of a percentage point.", "¾ of a percentage point", 0.75, "percent", "percentage point"),
]


@pytest.mark.parametrize(("text", "figure", "value", "kind", "unit"), FIGURES)
def test_a_fraction_glyph_is_part_of_the_figure(parsed, text, figure, value, kind, unit):
    got = {f.text: (f.value, f.kind, f.unit) for f in figures_of(parsed, text)}
    assert got.get(figure) == (pytest.approx(value), kind, unit), got


def test_half_a_point_is_one_figure(parsed):
    got = [f.text for f in figures_of(parsed, "Rates rose by ½ a percentage point on Thursday.")]
    assert got == ["½ a percentage point"], got


def test_a_glyph_age_is_an_age(parsed):
    # review revB-R5: "2½-year-old" gave a duration '2½-year' about nothing where "2.5-year-old" is an age
    got = {f.text: (f.kind, f.unit, f.about) for f in figures_of(parsed, "A 2½-year-old boy was found.")}
    assert got.get("2½-year-old") == ("quantity", "year of age", "boy"), got
