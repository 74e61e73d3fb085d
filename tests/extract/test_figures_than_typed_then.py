"""Figures (probe s30 P85 MED, translated copy): 'more then 1 500 Ukrainian soldiers surrendered' gave no qualifier.
'more then'/'less then'/'fewer then' right before a number is the comparison typed with 'then'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Officials said more then 1 500 Ukrainian soldiers surrendered in November.", "more then 1 500", "more than"),
    ("Less then 20 percent of members voted.", "Less then 20 percent", "less than"),
    ("Officials said more than 1,500 soldiers surrendered.", "more than 1,500", "more than"),  # as before
]


@pytest.mark.parametrize(("text", "figure", "qualifier"), CASES)
def test_then_typed_for_than(parsed, text, figure, qualifier):
    got = {f.text: f.qualifier for f in figures_of(parsed, text)}
    assert got.get(figure) == qualifier, got


def test_once_more_then_is_a_clause(parsed):
    # review revB-R7
    got = {f.text: f.qualifier for f in figures_of(parsed, "He paused once more then 20 minutes later left.")}
    assert got.get("20 minutes", "missing") is None, got
