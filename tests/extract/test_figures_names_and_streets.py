"""Figures: numbers inside names are no figures, and a street's name used as a modifier does not hide a count.

- "More than 200 Wall Street bankers": a count of bankers, not the address "200 Wall Street".
- "8 Mile Road", "Three Mile Island": a place's name, not a distance of 8 miles.
- "'Half Life: Alyx'", "the 'Three Amigos'": a quoted title, not a half or a count.
"""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

STREET_COUNTS = [
    ("More than 200 Wall Street bankers attended the dinner.", 200.0, "banker", "more than"),
    ("Police say 20 Main Street businesses were damaged.", 20.0, "business", None),
]


@pytest.mark.parametrize(("text", "value", "unit", "qualifier"), STREET_COUNTS)
def test_a_street_name_before_a_plural_noun_counts_it(parsed, text, value, unit, qualifier):
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit, f.qualifier) == ("count", unit, qualifier)


# near misses: addresses stay no figures
ADDRESSES = [
    "He lives at 350 Main Street in Boston.",
    "The firm moved to 200 Park Avenue last year.",
    "The 350 Fifth Avenue building was sold.",
    "The prime minister returned to 10 Downing Street on Monday.",
]


@pytest.mark.parametrize("text", ADDRESSES)
def test_addresses_are_no_figures(parsed, text):
    assert figures_of(parsed, text) == []


PLACE_NAMES = [
    "The shooting happened near 8 Mile Road in Detroit.",
    "The accident at Three Mile Island shocked America.",
]


@pytest.mark.parametrize("text", PLACE_NAMES)
def test_a_measure_word_inside_a_place_name_is_no_measure(parsed, text):
    assert figures_of(parsed, text) == []


# near misses: measures written as measures stay, and so does a measure in a product's name
MEASURES = [
    ("The road runs 8 miles to the coast.", 8.0, "mile"),
    ("Buy a Coca-Cola 2 Litre Bottle for $2.", 2.0, "litre"),
]


@pytest.mark.parametrize(("text", "value", "unit"), MEASURES)
def test_measures_stay(parsed, text, value, unit):
    figs = [f for f in figures_of(parsed, text) if f.kind == "quantity"]
    assert [(f.value, f.unit) for f in figs] == [(value, unit)]


QUOTED_TITLES = [
    "Developer Valve called 'Half Life: Alyx' a flagship VR game.",
    'The three men were known as the "Three Amigos."',
]


@pytest.mark.parametrize("text", QUOTED_TITLES)
def test_a_number_word_opening_a_quoted_title_is_no_figure(parsed, text):
    assert [f.value for f in figures_of(parsed, text) if f.value in (0.5, 3.0) and f.text[:1].isupper()] == []


# near misses: a quoted sentence opened by a number word still counts
QUOTED_SENTENCES = [
    "“Two Americans were killed,” the official said.",
    "She said 'Two Americans died' in the attack.",
]


@pytest.mark.parametrize("text", QUOTED_SENTENCES)
def test_a_quoted_sentence_still_counts(parsed, text):
    f = one_of(figures_of(parsed, text), 2.0)
    assert (f.kind, f.unit) == ("count", "American")
