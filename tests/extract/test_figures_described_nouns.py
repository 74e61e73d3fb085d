"""Figures (audit s26): what a figure measures when the noun is reached through a word the parse misplaces. A model
number inside a run of names is a word of the name ("the $999 iPhone 11 Pro", not 'Pro'); a percent on an adjective
is a share of the noun the adjective describes ("90 percent negative media coverage", not the clause's subject);
"over the course of 12 months" times the verb's event (no 'course'); a price "for" people names who pays, not what
it buys ("$7.99/mo for Prime members")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The $799 Pixel 8 Pro goes on sale today.", "$799", "Pixel 8 Pro"),
    ("The $599 Wi-Fi 7 Mesh Router is sold out.", "$599", "Wi-Fi 7 Mesh Router"),
    ("The $249 AirPods 3 Max headphones are back in stock.", "$249", "AirPods 3 Max headphones"),
    ("The upgrade to the $139 Windows 11 Pro licence is optional.", "$139", "Windows 11 Pro licence"),
    ("The network drew 80 percent positive viewer feedback in the survey.", "80 percent", "positive viewer feedback"),
    # review s26 rev3f 3: the adjective says which share
    ("The school enrolls 30 percent white students.", "30 percent", "white students"),
    ("The firm says it now runs a 100% electric delivery fleet.", "100%", "electric delivery fleet"),
    ("Symptoms must persist over the course of six months.", "six months", "Symptoms persist"),
    ("The plan costs $12 a month (or $9 a month for students).", "$9 a month", "plan"),
    ("You'd pay $5.99/month for the app (or $4.99/mo for students).", "$4.99/mo", None),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_the_described_noun_is_what_is_measured(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert figure in got and got[figure] == about, got


KEPT = [
    ("The company paid $40 million for the new shares.", "$40 million", "shares"),
    ("A 30% greater risk of stroke was found.", "30%", "risk"),
    ("The iPhone 11 starts at $699.", "$699", "iPhone 11"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_other_nouns_stay(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
