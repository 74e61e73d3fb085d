"""Figures: a surname written with an apostrophe or a hyphen ("O'Brien", "Ocasio-Cortez") alone by a person's age
becomes the full name the document gives it, as a one-word surname does ("Smith, 56" -> "John Smith"): the tagger's
PERSON "Conan O'Brien" has a word that is not all letters and "Alexandria Ocasio-Cortez" a hyphen, so neither was
taken. Two people of the surname still leave it alone."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

NAMES = [
    ("Conan O'Brien hosted the show. Later, O'Brien, 56, said he would return.", 56, "Conan O'Brien"),
    ("Rep. Alexandria Ocasio-Cortez spoke on Monday. Ocasio-Cortez, 30, said she would run again.", 30,
     "Alexandria Ocasio-Cortez"),
    # near misses: two people of the surname; a one-word surname as before
    ("Rep. Alexandria Ocasio-Cortez spoke. Her brother Gabriel Ocasio-Cortez, 27, said nothing. Ocasio-Cortez, 30, "
     "said she would run.", 30, "Ocasio-Cortez"),
    ("Talk show host John Smith spoke on Monday. Smith, 56, said he would return.", 56, "John Smith"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), NAMES)
def test_a_compound_surnames_full_name(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
