"""Quotes: a person called by the given name alone ("Elise") has the gender the story gave the full name ("Elise
Matthesen ... She said"), so a "he" after her goes to the man she spoke with, not to her."""

from __future__ import annotations

from tests.extract.helpers import speaker_of

TEXT = (
    "Elise Matthesen is a jewelry designer. She said the rights had been lost for years. "
    "In 1997, Elise interviewed {man} for a convention. “No,” he said. “You tell me one.”"
)


def test_he_is_not_the_woman_called_by_her_given_name(parsed) -> None:
    assert speaker_of(parsed, TEXT.format(man="Mike Ford"), "You tell me one") == "Mike Ford"


# Near miss: the full name's gender is unknown when two people of the story share the given name: the pronoun
# keeps the sentence's subject as before.
def test_given_name_of_two_people_stays(parsed) -> None:
    text = "Elise Hart runs the shop. " + TEXT.format(man="Mike Ford")
    assert speaker_of(parsed, text, "You tell me one") != "Mike Ford"
