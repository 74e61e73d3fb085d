"""Figures: a change written without "by" after a verb that moves its object ("Exporters raised prices 5%", "The
company cut its workforce 10%") moves the object, as "raised prices by 5%" does; "Germany increased spending 2%"
(the parse hangs the share on the object) is a rise of spending. At base the first two were about the subject and
the third had no direction."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

UNMARKED = [
    ("Exporters raised prices 5%.", [("prices", "up")]),
    ("The company cut its workforce 10%.", [("workforce", "down")]),
    ("The drug lowered blood pressure 10 points.", [("blood pressure", "down")]),
    ("Germany increased spending 2%.", [("spending", "up")]),
]


@pytest.mark.parametrize(("text", "rows"), UNMARKED)
def test_an_unmarked_change_moves_the_object(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows


# near misses: no object, an object that is a time, a count after the object
KEPT = [
    ("Shares rose 5%.", [("Shares", "up")]),
    ("Oil ended the session down 2%.", [("Oil", "down")]),
    ("They raised the issue 3 times.", [("raised issue", None)]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_changes_stay(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows
