"""Figures: a count glued by a hyphen to its noun, before another noun, is an attribute of that noun ("two-stroke
engines", "a three-bedroom house", "a 12-member panel"): the figure is about the noun after (engines, house,
panel), and the glued noun stays its unit. At base the about was the unit word itself ('stroke')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

ATTRIBUTES = [
    ("Many of these vehicles run on two-stroke engines.", 2.0, "stroke", "engines"),
    ("They bought a three-bedroom house in the suburbs.", 3.0, "bedroom", "house"),
    ("A 12-member panel will review the case.", 12.0, "member", "panel"),
    ("The Wild saw their four-game winning streak come to an end.", 4.0, "game", "winning streak"),
    ("He was carrying a .45-caliber handgun.", 0.45, "caliber", "handgun"),
    ("The 27-nation bloc agreed on the budget.", 27.0, "nation", "bloc"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), ATTRIBUTES)
def test_an_attribute_count_is_about_the_noun_after(parsed, text, value, unit, about):
    assert [(f.value, f.kind, f.unit, f.about) for f in figures_of(parsed, text)] == [(value, "count", unit, about)]


# near misses: a count of the noun itself, a glued noun with nothing after, a measure or a duration glued the same way
KEPT = [
    ("Three members of the panel quit.", [(3.0, "count", "member", "members")]),
    ("The four-door has been redesigned.", [(4.0, "count", "door", "door")]),
    ("They signed a two-year deal.", [(2.0, "duration", "year", "deal")]),
    ("A 10-point lead evaporated.", [(10.0, "quantity", "point", "lead")]),
    ("The club has won three games in a row.", [(3.0, "count", "game", "games")]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_counts_stay(parsed, text, rows):
    assert [(f.value, f.kind, f.unit, f.about) for f in figures_of(parsed, text)] == rows
