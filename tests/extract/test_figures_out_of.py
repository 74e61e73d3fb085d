"""Figures: the whole a counted part is out of ("seven victories out of eight") counts the same noun."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

OUT_OF = [
    ("Portugal made it seven victories out of eight in all competitions.", [(7.0, "victory"), (8.0, "victory")]),
    ("She won two games out of three.", [(2.0, "game"), (3.0, "game")]),
    ("The Lakers won 40 games of 82 last season.", [(40.0, "game"), (82.0, "game")]),
    # guards: a name after "of", a "whole" smaller than its part
    ("Three members of 10 Downing Street staff quit.", [(3.0, "member")]),
    ("He ate five apples out of 3.", [(5.0, "apple"), (3.0, None)]),
]


@pytest.mark.parametrize(("text", "expected"), OUT_OF)
def test_the_whole_a_part_is_out_of_counts_the_same_noun(parsed, text, expected) -> None:
    assert [(f.value, f.unit) for f in figures_of(parsed, text)] == expected
