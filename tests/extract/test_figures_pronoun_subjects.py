"""Figures: a measure whose subject is "it", "that" or "this" is about what the pronoun stands for, when the
sentence before names it: "it" its main subject ("Ford's Mustang Mach E SUV will go 300 miles. It will start at
$44,000"), "that"/"this" its object ("... getting the more powerful version of the EV. That promises 355
horsepower"). A person, a plural, a dummy "it" with a clause of its own, or a difference names nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

PRONOUNS = [
    (
        "Ford's Mustang Mach E SUV will go 300 miles per charge. It will start at $44,000.",
        44000.0,
        "Mustang Mach E SUV",
    ),
    ("Apple reported results on Thursday. It earned $10 billion in the quarter.", 1e10, "Apple"),
    (
        "An all-new 2.0-liter engine replaces the previous one. It puts out 151 PS along with 197 Nm of torque.",
        151.0,
        "engine",
    ),
    (
        "The US will only be getting the more powerful version of the EV. That promises 355 horsepower.",
        355.0,
        "powerful version",
    ),
    (
        "An all-new 2.0-liter, naturally-aspirated four-cylinder engine replaces the previous 1.8-liter from before. "
        "It puts out 151 PS along with 197 Nm of torque.",
        151.0,
        "engine",
    ),
    # review r1 HIGH-2: a person's role is no "it"; the thing done to is ("signed the bill. It will cost")
    ("The governor signed the bill into law. It will cost taxpayers $300 million over five years.", 3e8, "bill"),
    ("The mayor announced the plan on Monday. It will cost $40 million.", 4e7, "plan"),
    ("The judge praised the lawyers. It will cost $40 million.", 4e7, None),
    # guards: a person, a plural, a dummy subject, a difference, no sentence before
    ("Smith met reporters on Monday. It will cost $40 million.", 4e7, None),
    ("The companies met on Monday. It will cost $40 million.", 4e7, None),
    ("The storm hit the coast. It took nearly eight hours to clear the roads, costing $5 million.", 5e6, None),
    (
        "We saw a write speed of 2890 megabytes per second. This is about 350MB per second faster than the old one.",
        350.0,
        None,
    ),
    ("It will start at $44,000.", 44000.0, None),
]


@pytest.mark.parametrize(("text", "value", "about"), PRONOUNS)
def test_pronoun_subject(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


def test_a_quoted_dummy_it(parsed) -> None:
    # review r1 MED-1: a quotation's 'it' with an infinitive after the verb is a dummy, not the storm
    text = 'The storm destroyed their home. "It cost us $20,000 to rebuild," Smith said.'
    assert one_of(figures_of(parsed, text), 20000.0).about is None
