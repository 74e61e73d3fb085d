"""Figures (probe s27 class 2): a relative pronoun is the subject of the clause a reporting verb splits ("The fraud,
which prosecutors said cost investors more than $60 million": the fraud, whether the parse hangs 'which' on 'said'
or on 'cost'; subjects._clause_subject); a noun of a complex preposition that is a subject on its own is a thing ("Its
front is retreating at up to 40 metres a year": the front; phrases._about_noun), not in "the terms of the offer"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    (
        "The fraud, which prosecutors said cost investors more than $60 million, ran from 2015 to 2022.",
        "more than $60 million",
        "fraud",
    ),
    ("The scheme, which officials said would cost $2 billion, was dropped.", "$2 billion", "scheme"),
    ("The glacier is shrinking. Its front is retreating at up to 40 metres a year.", "up to 40 metres a year", "front"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_the_relative_clause_noun_or_the_lone_subject(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got


KEPT = [
    ("Police said he stole $5,000, the court heard.", "$5,000", None),
    ("He stood in front of 20,000 fans.", "20,000", "fans"),
]


@pytest.mark.parametrize(("text", "figure", "about"), KEPT)
def test_kept(parsed, text, figure, about):
    got = {f.text: f.about for f in figures_of(parsed, text)}
    assert got.get(figure) == about, got
