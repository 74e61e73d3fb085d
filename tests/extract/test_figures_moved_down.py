"""Figures: any verb written "V <object> up/down N%" moved its object, not its subject ("Bank stocks fell, dragging
the FTSE 100 down 0.7%": the FTSE 100 fell 0.7%), with no list of such verbs; an object that is a time, a session
or the subject's own event is no mover (about/changes.py _moved_object)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Bank stocks fell, dragging the FTSE 100 down 0.7%.", "FTSE 100"),
    ("Weak data dragged the euro down 0.4% against the dollar.", "euro"),
    ("Nvidia led the Nasdaq up 1.2% on Tuesday.", "Nasdaq"),
    # near misses: a verb that moves its object (as before); a time, a session or an event of the subject's
    ("SoftBank marked its stake in WeWork down 30%.", "stake"),
    ("Oil ended the session down 2%.", "Oil"),
    ("The Dow closed the week up 1%.", "Dow"),
    ("Tesla opened trading up 3% on Monday.", "Tesla"),
    ("The Dow ended its losing streak up 0.5%.", "Dow"),
    ("Apple posted its biggest weekly gain in a year, up 8%.", "Apple"),
]


@pytest.mark.parametrize(("text", "about"), CASES)
def test_the_object_written_before_up_or_down_is_what_moved(parsed, text, about) -> None:
    (f,) = [f for f in figures_of(parsed, text) if f.kind == "percent"]
    assert f.about == about
