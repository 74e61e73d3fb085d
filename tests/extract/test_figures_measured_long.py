"""Figures: a measure glued to "-long", "-wide", "-tall" ... before a noun measures that noun ("the 53-day-long
festival": festival, not nothing; "a 2-mile-long steel bridge": steel bridge, not "long steel bridge"; "the
1,900-mile-wide (3,100 kilometers) Europa": Europa, past the restated measure)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

LONG = [
    ("All participating artworks will be lit during the 53-day-long festival.", 53.0, "festival"),
    ("They built a 2-mile-long steel bridge.", 2.0, "steel bridge"),
    ("It is a 30-foot-tall bronze statue.", 30.0, "bronze statue"),
    (
        "Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study the 1,900-mile-wide (3,100 "
        "kilometers) Europa, which astrobiologists regard as one of the best bets.",
        1900.0,
        "Europa",
    ),
]


@pytest.mark.parametrize(("text", "value", "about"), LONG)
def test_a_measure_glued_to_an_adjective_measures_the_noun(parsed, text, value, about):
    assert [f.about for f in figures_of(parsed, text) if f.value == value] == [about]


# near misses: a measure before its noun, and after its subject, stay
KEPT = [
    ("It was a two-hour meeting.", 2.0, "meeting"),
    ("The bridge is 2 miles long.", 2.0, "bridge"),
    ("a 300 MW solar power station", 300.0, "solar power station"),
]


@pytest.mark.parametrize(("text", "value", "about"), KEPT)
def test_other_measures_stay(parsed, text, value, about):
    assert [f.about for f in figures_of(parsed, text) if f.value == value] == [about]


# a restatement in brackets after the adjective measures the same thing
RESTATED = [
    (
        "Paganini and his colleagues used the W.M. Keck Observatory in Hawaii to study the 1,900-mile-wide (3,100 "
        "kilometers) Europa, which astrobiologists regard as one of the best bets.",
        3100.0,
        "Europa",
    ),
    ("A storm dumped about 2 inches (50.8 millimeters) of rain.", 50.8, "rain"),
]


@pytest.mark.parametrize(("text", "value", "about"), RESTATED)
def test_a_restatement_after_the_adjective_measures_the_same(parsed, text, value, about):
    assert [f.about for f in figures_of(parsed, text) if f.value == value] == [about]


# review s22 r1 LOW-3: by token order when the parse hangs the measure elsewhere (a modal verb before it)
def test_a_measure_adjective_by_token_order(parsed):
    text = "The probe will fly past the 1,900-mile-wide (3,100 kilometers) Europa next year."
    assert [f.about for f in figures_of(parsed, text)] == ["Europa", "Europa"]
