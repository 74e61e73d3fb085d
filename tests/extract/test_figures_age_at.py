"""Figures: "at age N" on a verb is the age of the person the verb acts on, or of a subject that can have an age;
a team, a firm, a benefit or a symptom has none ("The Dodgers drafted Kershaw at age 18": Kershaw's)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

AGE_AT = [
    ("The Dodgers drafted Kershaw at age 18.", 18, "Kershaw"),
    ("The Nationals called up Soto at age 19.", 19, "Soto"),
    ("The company hired Smith at age 22 as a clerk.", 22, "Smith"),
    ("The disease typically strikes people at age 50 or older.", 50, "people"),
    ("Her father taught her to fish at age 5.", 5, "age"),
    ("Social Security benefits begin at age 62 for most workers.", 62, "age"),
    ("Medicare eligibility starts at age 65.", 65, "age"),
    ("Symptoms usually appear at age 40 or later.", 40, "age"),
    # near misses: a person subject with no person object keeps the subject
    ("Jones won his first title at age 19.", 19, "Jones"),
    ("Smith, who retired at age 43, lives in Ohio.", 43, "Smith"),
    ("Biden, at age 80, is the oldest president.", 80, "Biden"),
    ("He died at age 43.", 43, "age"),
]


@pytest.mark.parametrize(("text", "value", "about"), AGE_AT)
def test_at_age_is_the_age_of_whom_the_verb_acts_on(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# A person subject's age comes before what the verb acts on: a firm, an event or a relative has none of it here.
SUBJECT_FIRST = [
    ("Mark Zuckerberg founded Facebook at age 19.", 19, "Mark Zuckerberg"),
    ("Tiger Woods won the Masters at age 21.", 21, "Tiger Woods"),
    ("Warren Buffett bought Berkshire Hathaway at age 35.", 35, "Warren Buffett"),
    ("Serena Williams lost her mother at age 30.", 30, "Serena Williams"),
    # near miss: a firm's subject still gives the person it hired
    ("The company hired Maria Lopez at age 22 as a clerk.", 22, "Maria Lopez"),
]


@pytest.mark.parametrize(("text", "value", "about"), SUBJECT_FIRST)
def test_a_person_subject_s_age_before_the_object(parsed, text, value, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert f.about == about
