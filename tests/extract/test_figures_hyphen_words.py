"""Figures: a word glued by a hyphen to the noun phrase's first word is part of it ("all-wheel-drive version",
"high-ranking insurgents"), and a record level ("a new all-time high of 40,816.38", "a record high of $150") is
the clause subject's level; a measure's words before the noun ("a 2.5-mile bridge") stay out."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

ABOUT = [
    ("The all-wheel-drive version will go 250 miles per charge.", 250.0, "all-wheel-drive version"),
    ("The so-called dividend tax raised $5 billion.", 5e9, "so-called dividend tax"),
    ("The equity benchmark Sensex scaled a new all-time high of 40,816.38 on Wednesday.", 40816.38,
     "equity benchmark Sensex"),
    ("Shares hit a record high of $150.", 150.0, "Shares"),
    # review r1 HIGH-5: a verb that sends its object to a record gives the record to the object
    ("Investors pushed Tesla shares to a record high of $400 on Friday.", 400.0, "Tesla shares"),
    ("The rally sent the Dow to an all-time high of 36,000.", 36000.0, "Dow"),
    ("The Fed's rate cut drove mortgage rates to a record low of 2.65%.", 2.65, "mortgage rates"),
    ("The Nasdaq climbed to a record high of 16,000 on Tuesday.", 16000.0, "Nasdaq"),
    # guards: a measure before the noun, a high not "of" the figure, a high of a measure
    ("It has a 2.5-mile bridge worth $5 million.", 5e6, "bridge"),
    ("Temperatures hit a high of 40 degrees.", 40.0, "high"),
]  # fmt: skip


@pytest.mark.parametrize(("text", "value", "about"), ABOUT)
def test_hyphen_words_and_records(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
