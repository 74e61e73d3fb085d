"""A given name no list holds, tagged a body alone before a surname the tagger calls a person where it stands alone
("Novak" + "Djokovic ... Djokovic said"), opens that person's full name: the lone surname was read as a fragment of a
longer name and the article's subject was no actor at all (probe s30 P91)."""

from __future__ import annotations

from tests.extract.helpers import actor_kinds_of, names_of

TENNIS = (
    "Novak Djokovic beat Carlos Alcaraz 4-6, 6-4, 6-3, 6-4 on Tuesday to reach the Australian Open semifinals, "
    "defying a leg injury that had forced him to take a medical timeout in the first set.\n\n"
    "The 37-year-old Serb, seeking a record 25th Grand Slam title, will face Alexander Zverev on Friday.\n\n"
    '"I was in a lot of pain at the start, but I told myself to keep fighting," Djokovic said in his on-court '
    "interview."
)


def test_the_full_name_is_a_person_with_its_surname(parsed):
    kinds = actor_kinds_of(parsed, TENNIS)
    assert kinds.get("Novak Djokovic") == "person"
    assert "Novak" not in names_of(parsed, TENNIS)


def test_a_common_given_name_still_opens_the_name(parsed):
    text = "Carlos Alcaraz beat Jannik Sinner on Sunday. Alcaraz said he was tired."
    assert actor_kinds_of(parsed, text).get("Carlos Alcaraz") == "person"
