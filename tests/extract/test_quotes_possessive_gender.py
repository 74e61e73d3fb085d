"""Quotes: a possessive pronoun that takes up the only person of its sentence, named as the owner of a thing
("Sam Lee's work ... his death"), tells that person's gender, so a later "she" does not go to him."""

from __future__ import annotations

from tests.extract.helpers import speaker_of

TEXT = (
    "When the deal was struck, I thought of Jo Baker. Lacking the rights to Sam Lee's {owned}, still smarting from "
    "his death, how would she feel about all of this?\n\n“It is such good news,” she replied in an email."
)


def test_owner_taken_up_by_his(parsed) -> None:
    assert speaker_of(parsed, TEXT.format(owned="work"), "such good news") == "Jo Baker"


# Near miss: the owned is a person ("Sam Lee's husband"), whom "his" may mean: no gender for Sam Lee, the pronoun
# resolves as before.
def test_owned_person_casts_nothing(parsed) -> None:
    assert speaker_of(parsed, TEXT.format(owned="husband"), "such good news") != "Jo Baker"
