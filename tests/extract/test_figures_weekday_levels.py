"""Figures: a weekday after a level ("The Dow fell past 30,000 Monday", AP style) says when, not what the number
is: the parse hangs the number on the day, so the level is the subject's; a day that names a noun's kind
("3,000 Monday shoppers") stays part of what is counted."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

LEVELS = [
    ("The Dow fell past 30,000 Monday.", 30000.0, "Dow", "number"),
    ("The Dow closed at 30,000 Monday.", 30000.0, "Dow", "number"),
    ("The Nasdaq ended at 8,570 Tuesday.", 8570.0, "Nasdaq", "number"),
    ("The death toll climbed past 1,000 Sunday, officials said.", 1000.0, "death toll", "number"),
    # review r1 LOW-4: a month and day after a level, as a weekday
    ("The index closed at 3,200 March 5.", 3200.0, "index", "number"),
    # guards: a counted noun before the day, a day naming the kind of thing counted
    ("Sales hit 5,000 units March 5.", 5000.0, "units", "count"),
    ("Sales hit 5,000 units Monday.", 5000.0, "units", "count"),
    ("About 3,000 Monday shoppers came.", 3000.0, "Monday shoppers", "count"),
]


@pytest.mark.parametrize(("text", "value", "about", "kind"), LEVELS)
def test_level_before_a_weekday(parsed, text, value, about, kind) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.about, f.kind) == (about, kind)
