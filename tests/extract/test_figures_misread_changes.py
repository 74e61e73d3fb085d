"""Figures: "X reduced/cut Y by N%" where the tagger reads the verb as a modifier of Y and the whole sentence as one
noun phrase ("The drug reduced infections by 13%": 'reduced' an adjective, 'infections' the root; "The drug cut
infections by 13%": 'cut' a noun) is still a fall of Y. At base neither had a direction and both were about the
whole phrase ('drug reduced infections')."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

MISREAD = [
    ("The drug reduced infections by 13%.", "infections"),
    ("The drug cut infections by 13%.", "infections"),
]


@pytest.mark.parametrize(("text", "about"), MISREAD)
def test_a_misread_change_verb_still_moves_its_object(parsed, text, about):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == [(about, "down")]


# near misses: the verb read as a verb, no subject before the word, a compound noun before the root
KEPT = [
    ("The vaccine reduced deaths by 40%.", [("deaths", "down")]),
    ("Reduced fares by 13% were offered.", [("Reduced fares", None)]),
    ("The company increased prices by 5%.", [("prices", "up")]),
]


@pytest.mark.parametrize(("text", "rows"), KEPT)
def test_other_changes_stay(parsed, text, rows):
    assert [(f.about, f.direction) for f in figures_of(parsed, text)] == rows
