"""Figures (probe s30 P101 MED): 'Canada will impose 25% counter-tariffs on C$30 billion ($21 billion) worth of U.S.
goods' gave all three figures about 'Canada'. (1) A hyphened noun right after a percent, which the parse breaks up,
is what the percent is a rate of, as '25% tariffs' already was: 'counter-tariffs', 'co-payment'; a period after a
change ('rose 5% year-on-year', 'fell 4% after-hours') is not. (2) An amount restated in brackets no longer hides
what the amount is worth of / in: both amounts about 'U.S. goods', '3.2 billion pounds ($4.1 billion) in aid' aid."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

TARIFFS = (
    "Canada will impose 25% counter-tariffs on C$30 billion ($21 billion) worth of U.S. goods starting at midnight."
)

CASES = [
    (TARIFFS, "25%", "counter-tariffs"),
    (TARIFFS, "C$30 billion", "U.S. goods"),
    (TARIFFS, "$21 billion", "U.S. goods"),
    ("Patients pay a 20% co-payment.", "20%", "co-payment"),
    ("The government pledged 3.2 billion pounds ($4.1 billion) in aid.", "3.2 billion pounds", "aid"),
    # as before
    ("Sales rose 5% year-on-year.", "5%", "Sales"),
    ("Shares fell 4% after-hours.", "4%", "Shares"),
    ("Canada will impose 25% tariffs on steel.", "25%", "tariffs"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_what_the_figure_is_about(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


# review revB-R2: a hyphened modifier of a longer noun phrase, and a hyphened word of when, are not taken
LONGER = [
    ("Congress approved a 25% long-term capital gains tax.", "25%", "long-term capital gains tax"),
    ("The bank offered a 3% low-interest loan to farmers.", "3%", "low-interest loan"),
    ("Shares rose 3% pre-market on Tuesday.", "3%", "Shares"),
    ("The index fell 2% mid-session.", "2%", "index"),
]


@pytest.mark.parametrize(("text", "figure", "about"), LONGER)
def test_longer_phrases_and_times(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
