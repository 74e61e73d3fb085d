"""Figures (audit s26 row 61, c50845a7158a): "N others" counts more of the noun the count before it counts, in its
sentence or the one before ("Three people died and 12 others were injured": 12 people; "The five companies join
nine others": companies), not a thing called "others". With no count before, it stays as it was."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Four people died and 30 others were hurt when the bridge collapsed.", "30", "people"),
    ("Two firefighters were treated at the scene and three others taken to hospital.", "three", "firefighters"),
    ("The league suspended six players. Eight others were fined.", "Eight", "players"),
    ("The three new members join 27 others on the board.", "27", "members"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_others_count_the_noun_before(parsed, text, figure, about):
    got = {f.text: (f.kind, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("count", about), got


def test_others_with_no_count_before_stay(parsed):
    got = {f.text: f.about for f in figures_of(parsed, "He thanked 40 others for their help.")}
    assert got.get("40") == "others", got
