"""Figures (probe s27 class 5): an age in commas after a noun whose clause goes on after a second noun with its own
age ("The boy, 12, and his sister, 9, were unhurt"), and a person noun's age under 10 ("The victim, 9, was taken to
hospital"), are ages (labels._is_age). Not a thing's number joined so ("The bill, 12, and the plan, 9, were passed").
An adverb before the verb is skipped only for a noun that is a person's (s28 brief: "The suspect, 24, also faces"; a
lexicon of people, a -man compound, or a person pronoun owning the object), not for a thing's ("The measure, 40, also
passed", review s27 rev4f 4, rev5f 2) nor a title word's ("The party's leader, 49, now has", left)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

CASES = [
    ("The boy, 12, and his sister, 9, were unhurt.", "12", "boy"),
    ("The boy, 12, and his sister, 9, were unhurt.", "9", "sister"),
    ("The victim, 9, was taken to hospital.", "9", "victim"),
    # s28 brief: an adverb before the verb, after a person's noun
    ("The suspect, 24, also faces a weapons charge.", "24", "suspect"),
    ("The gunman, 19, then fled on foot.", "19", "gunman"),
    ("The pilot, 52, also lost his licence.", "52", "pilot"),
    ("The nurse, 31, later died in hospital.", "31", "nurse"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CASES)
def test_an_apposed_age(parsed, text, figure, about):
    got = {f.text: (f.unit, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("year of age", about), got


THINGS = [
    ("The bill, 12, and the plan, 9, were passed.", "12"),
    ("The bill, 12, and the plan, 9, were passed.", "9"),
    ("The measure, 40, also passed the Senate.", "40"),  # review s27 rev4f 4: no adverb skip for a thing
    ("The index, 25, also rose on Friday.", "25"),
    ("The chair, 12, also broke during the meeting.", "12"),  # review s27 rev5f 2: no adverb is skipped
    ("The plan, 30, also failed, he said.", "30"),  # a pronoun of the reporter
    ("The measure, 40, also passed with her support.", "40"),  # a pronoun in a phrase
]


@pytest.mark.parametrize(("text", "figure"), THINGS)
def test_things_have_no_age(parsed, text, figure):
    got = {f.text: f.unit for f in figures_of(parsed, text)}
    assert figure in got and got[figure] != "year of age", got


# probe s28 F25: an age closing an attribution's sentence, after the speaker's name
CLOSING = [
    ('"We need help," said Maria Lopez, 34.', "34", "Maria Lopez"),
    ('"It was terrible," said farmer Joe Miller, 58.', "58", "farmer Joe Miller"),
]


@pytest.mark.parametrize(("text", "figure", "about"), CLOSING)
def test_an_age_closing_an_attribution(parsed, text, figure, about):
    got = {f.text: (f.unit, f.about) for f in figures_of(parsed, text)}
    assert got.get(figure) == ("year of age", about), got


def test_a_number_after_a_name_with_no_speech_verb_is_no_age(parsed):
    got = {f.text: f.unit for f in figures_of(parsed, "Top scorers were John Smith, 34.")}
    assert got.get("34") != "year of age", got
