"""Quotes: a surname with an article and a description of its bearer ("the 14th-ranked Schwartzman said") is the
person the story named in full, also when the tagger took the full name for an organisation ("Diego Schwartzman
defeating Cristian Garin")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import speaker_of

MATCH = (
    "Argentina got past Chile 3-0, with Guido Pella winning in straight sets and Diego Schwartzman defeating"
    " Cristian Garin 6-2, 6-2.\n\n"
)


def test_a_described_surname_is_the_named_person(parsed) -> None:
    text = MATCH + '"I played one of the best matches of the year," the 14th-ranked Schwartzman said.'
    assert speaker_of(parsed, text, "best matches") == "Diego Schwartzman"


# Near misses: an organisation with an article stays itself; a given name and a company's name stay a company when
# the article has no description of a person.
def test_an_article_alone_is_no_description(parsed) -> None:
    text = MATCH + '"The result changes nothing," the Kremlin said.'
    assert speaker_of(parsed, text, "changes nothing") == "Kremlin"
    text = "Morgan Stanley cut its forecast on Monday.\n\n" + '"We see slower growth," Morgan Stanley said.'
    assert speaker_of(parsed, text, "slower growth") == "Morgan Stanley"


# review s19 r1 MED-4: a description need not have a hyphen.
@pytest.mark.parametrize("described", ["the talented Schwartzman", "the diminutive Schwartzman"])
def test_a_description_without_a_hyphen(parsed, described: str) -> None:
    text = MATCH + f'"I played one of the best matches of the year," {described} said.'
    assert speaker_of(parsed, text, "best matches") == "Diego Schwartzman"


# Session 21: a capitalised word before the surname that is no part of the person's name describes the person (the
# tagger took 'Argentine' for a name's compound, not a NORP).
def test_a_nationality_describes(parsed) -> None:
    text = MATCH + '"I played one of the best matches of the year," the Argentine Schwartzman said.'
    assert speaker_of(parsed, text, "best matches") == "Diego Schwartzman"


def test_a_name_of_two_capitalised_words_stays_an_organisation(parsed) -> None:
    text = "Joe Biden spoke on Monday.\n\n" + '"We will act," the White House said.'
    assert speaker_of(parsed, text, "We will act") == "White House"


def test_a_transcript_label_keeps_its_person_only_look_up(parsed) -> None:
    # review s19 r2c LOW-2: the organisation fallback is for described surnames only, not for a "NAME:" label.
    from tests.extract.helpers import sources_of

    text = "Morgan Stanley cut its forecast on Monday.\n\nSTANLEY: We see slower growth ahead.\n\nHOST: Thank you."
    assert sources_of(parsed, text)["We see slower growth ahead"] != "Morgan Stanley"


# Near misses: a capitalised word that is part of the person's name, or a name of its own the tagger found.
def test_a_name_of_its_own_is_no_description(parsed) -> None:
    text = "John House spoke on Monday.\n\n" + '"We will act," the White House said.'
    assert speaker_of(parsed, text, "We will act") == "White House"
