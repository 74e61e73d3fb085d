"""Text repair leaves rare names that end like a function word whole ("Vantor", "Korvin", "Rostin").

Names end in "-or", "-in", "-on" in many languages; wordfreq has never seen most of them, so the glue test alone would
cut "Gastin said" into "Gast in said". A cut is made only where the function word opens the phrase after it.
"""

from __future__ import annotations

import pytest

from extract.repair import repair

KEPT = [
    "Gastin said the plan would fail.",
    "Mr Gastin told reporters on Monday.",
    "A spokeswoman for Brevor Energy said the leak was contained.",
    "Anna Gastin said she would stay.",
    "Gastin, who leads the group, spoke first.",
    "The talks with Gastin ended late.",
    "Critics of Tulvin Group said it had failed.",
    # before a present-tense verb, an auxiliary, a modal, "to" or a conjunction (review s26 rev2q HIGH 2)
    "Mr Gastin says the plan will fail.",
    "Tulvin has cut 300 jobs.",
    "Gastin is expected to win.",
    "Analysts expect Brevor to report a loss.",
    "Talks between Gastin and Brevor ended.",
    # Written the same way twice and never split elsewhere: a name, not the same lost space twice.
    "Gastin Mining shares fell on Monday. Gastin said output would recover.",
    "A spokeswoman for Vantor Energy said on Monday it would cut jobs. Vantor shares fell.",
    "Mr Rostin told reporters the deal was off. Rostin said later it was a mistake.",
]


@pytest.mark.parametrize("text", KEPT)
def test_rare_names_ending_like_a_function_word_stay_whole(text: str) -> None:
    assert repair(text).text == text


SPLIT = [
    # The function word opens the next phrase: a lowercase clause, a month, a known place.
    ("The defender Robin Gudbransonin a late tackle was hurt.", "Gudbranson in a"),
    ("A report by Michael M. Grynbaumin July said so.", "Grynbaum in July"),
    ("He taught at Immacolatain New York City and at Immacolatain New York City.", "Immacolata in New York"),
    # A name the story writes alone elsewhere is cut even before a verb.
    ("Gastin spoke first. Later Gastinsaid the plan would fail.", "Gastin said the"),
]


@pytest.mark.parametrize(("text", "expected"), SPLIT)
def test_glue_after_a_rare_name_is_still_split(text: str, expected: str) -> None:
    assert expected in repair(text).text


# A given name nobody knows ending in "and" after a title, then one capitalised surname, is one word
# ("Thaawarchand", "Premchand", "Amarchand": common in Indian copy); actors probe s28 A4.
GIVEN_NAMES_IN_AND = [
    "Officials later met Governor Thaawarchand Gehlot in Bengaluru.",
    "Chief Minister Siddaramaiah met Governor Thaawarchand Gehlot on Monday.",
    "Mr Premchand Gupta said the mill would close.",
    "Judge Amarchand Jain adjourned the case.",
]


@pytest.mark.parametrize("text", GIVEN_NAMES_IN_AND)
def test_a_rare_given_name_ending_in_and_before_a_surname_stays_whole(text: str) -> None:
    assert repair(text).text == text


GLUED_AND = [
    # a full name after the glue, a head the story writes alone, a hyphenated name, a head wordfreq knows
    ("Mayor Andriy Sadovyiand Vitali Klitschko spoke.", "Sadovyi and Vitali"),
    ("Sadovyi spoke first. Later Mayor Sadovyiand Klitschko spoke.", "Sadovyi and Klitschko"),
    ("Defence Minister Kosiniak-Kamyszand Rutte agreed.", "Kosiniak-Kamysz and Rutte"),
    ("President Trumpand Biden met.", "Trump and Biden"),
    # two surnames after a given name, or with a head wordfreq knows a little (review s28 rev1 R1)
    ("Chancellor Olaf Scholzand Macron met in Paris.", "Scholz and Macron"),
    ("Foreign Minister Radoslaw Sikorskiand Kallas attended the summit.", "Sikorski and Kallas"),
    ("Foreign ministers Kaja Kallasand Sikorski signed the declaration in Brussels.", "Kallas and Sikorski"),
    ("Kenya's President William Rutoand Tinubu met in Abuja on Monday.", "Ruto and Tinubu"),
    ("The talks between President Paul Kagameand Tshisekedi ended without a deal.", "Kagame and Tshisekedi"),
    ("Analysts said Mr Tinubuand Atiku would face each other again.", "Tinubu and Atiku"),
    ("Finance Minister Nirmala Sitharamanand Goyal briefed reporters.", "Sitharaman and Goyal"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_AND)
def test_names_glued_by_and_are_still_split(text: str, expected: str) -> None:
    assert expected in repair(text).text


# A surname wordfreq has never seen whose head it knows only a little ("Dari" 2.5, "Farsi" 2.7: languages) is cut
# only where the function word opens the next phrase; quotes probe s28 Q-P3.
SURNAMES_ON_A_LITTLE_KNOWN_HEAD = [
    "Health minister Carolina Darias said the situation was under control.",
    "Spokeswoman Ana Farsias said the talks had ended.",
    "Health minister Carolina Darias, 56, said the plan would work.",
    "The minister of health,Carolina Darias,affirmed that the beds were enough.",
]


@pytest.mark.parametrize("text", SURNAMES_ON_A_LITTLE_KNOWN_HEAD)
def test_a_surname_on_a_little_known_head_stays_whole(text: str) -> None:
    assert repair(text).text == text


GLUED_ON_A_LITTLE_KNOWN_HEAD = [
    ("He spoke Farsias a child.", "Farsi as a"),
    ("Minister Carolina Dariasin a statement said the beds were enough.", "Darias in a"),
    ("He posted a video of Barack Obamato Facebook on Monday.", "Obama to Facebook"),
    # an auxiliary after a surname opens a passive (review s28 rev1 R2)
    ("Polish Prime Minister Donald Tuskis expected to meet the farmers on Friday.", "Tusk is expected"),
    ("Slovak Prime Minister Robert Ficois expected to veto the bill.", "Fico is expected"),
]


@pytest.mark.parametrize(("text", "expected"), GLUED_ON_A_LITTLE_KNOWN_HEAD)
def test_glue_on_a_little_known_head_is_still_split(text: str, expected: str) -> None:
    assert expected in repair(text).text
