"""Figures (audit s26 row 61, c50845a7158a): "N others" counts more of the noun an earlier count of its sentence
counts when that noun is the parallel argument or the subject of the others' verb ("Three people died and 12 others
were injured": 12 people; "The five companies join nine others": companies), not a thing called "others". Not a
count in another sentence, a count that modifies a noun ("a 12-storey block") or one in another role (review s26
rev4 HIGH); with no such count it stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Four people died and 30 others were hurt when the bridge collapsed.", "30", "people"),
    ("Two firefighters were treated at the scene and three others taken to hospital.", "three", "firefighters"),
    ("The league suspended six players and fined eight others.", "eight", "players"),
    ("The three new members join 27 others on the board.", "27", "members"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_others_count_the_noun_before(parsed, text, figure, about):
    got = {f.text: (f.kind, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("count", about), got


def test_others_with_no_count_before_stay(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "He thanked 40 others for their help.")}
    assert got.get("40") == "others", got


# review s26 rev4 HIGH: no parallel count, a count in another sentence, or a measure of a thing
KEPT = [
    "The crash involved 2 cars. The driver was killed and 12 others were injured.",
    "A fire in a 9-storey block killed a man, and 6 others were taken to hospital.",
    "Police arrested five men. Two others were released.",
]


@pytest.mark.parametrize("text", KEPT)
def test_others_without_a_parallel_count_stay(parsed, text):
    got = [(f.text, f.about) for f in figures_of(parsed, text) if f.about == "others" or f.about is None]
    assert any(about == "others" for _, about in got), [(f.text, f.about) for f in figures_of(parsed, text)]
