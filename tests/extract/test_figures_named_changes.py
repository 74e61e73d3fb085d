"""Figures (engine probe s30 P186 MED): 'asked regulators on Monday to approve a 14% rate increase' gave about
'regulators': 'rate' (the change noun taken off) counted as a generic level, which hands the about to the clause's
subject. A noun written before the change noun names what changes: 'rate'. A generic level elsewhere is as before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("Arizona's largest utility asked regulators on Monday to approve a 14% rate increase.", "14%", "rate"),
    # as before
    ("The board approved a 9% funding increase.", "9%", "funding"),
    ("The deficit narrowed to $43.1 billion, its lowest level since 2016.", "$43.1 billion", "deficit"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_the_noun_of_a_change(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
