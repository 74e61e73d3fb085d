"""Quotes: a person the text casts no gender for takes the usual gender of the given name (nomquamgender's table),
so "he" after "Mary Barra met Joe Biden" is Biden; the text's own pronouns and honorifics win, and a name its
sources do not agree on ("Robin", "Jo") gives no vote."""

from __future__ import annotations

from tests.extract.helpers import speaker_of

MET = "{a} met {b} at the Detroit plant on Monday. “This is a great day for American workers,” {p} said."


def test_he_after_a_woman_and_a_man_is_the_man(parsed) -> None:
    text = MET.format(a="Mary Barra", b="Joe Biden", p="he")
    assert speaker_of(parsed, text, "great day") == "Joe Biden"


# Near miss: "she" in the same sentence stays the woman named first.
def test_she_after_a_woman_and_a_man_is_the_woman(parsed) -> None:
    text = MET.format(a="Mary Barra", b="Joe Biden", p="she")
    assert speaker_of(parsed, text, "great day") == "Mary Barra"


def test_she_recalled_is_the_woman_not_the_man_quoted_before(parsed) -> None:
    # (851498a2b9f4: "she recalled" went to Neil Gaiman)
    text = (
        "“He would make art in the most surprising places,” Neil Gaiman told me. When Ford visited his editor "
        "Teresa Nielsen Hayden at her office, he would scribble poems on her desk. “Life was not long enough,” she "
        "recalled."
    )
    assert speaker_of(parsed, text, "not long enough") == "Teresa Nielsen Hayden"


# Near miss: a name its sources do not agree on gives no vote, so "she" may still be Robin Hayes.
def test_a_shared_name_gives_no_vote(parsed) -> None:
    text = MET.format(a="Robin Hayes", b="Joe Biden", p="she")
    assert speaker_of(parsed, text, "great day") == "Robin Hayes"


# Near miss: the text's honorific wins over the given name's usual gender ("Mr. Evelyn Waugh").
def test_the_text_wins_over_the_name(parsed) -> None:
    text = MET.format(a="Mr. Evelyn Waugh", b="Nancy Mitford", p="he")
    assert speaker_of(parsed, text, "great day") == "Evelyn Waugh"


def test_given_name_gender_table() -> None:
    from extract.quotes.name_gender import given_name_gender

    assert [given_name_gender(n) for n in ("Mary", "Joe", "José", "Eva-Marie", "Jo", "Taylor", "J.", "Xq")] == [
        "f",
        "m",
        "",
        "f",
        "",
        "",
        "",
        "",
    ]


# Review s17 HIGH-3 / MED-2: "X and his wife" / "X and her husband" is the text's own vote, and a first word before a
# lower-case particle ("Lula da Silva") is a nickname the table does not know the bearers of.
def test_lula_da_silva_is_he(parsed) -> None:
    for lead in ("Lula da Silva and his wife, Rosangela, met", "Lula da Silva met"):
        text = (
            f"{lead} Argentine President Alberto Fernandez in Brasilia on Monday. “We will build a common currency "
            "for the region,” he said."
        )
        assert speaker_of(parsed, text, "common currency") == "Lula da Silva"


def test_her_husband_casts_her_gender(parsed) -> None:
    text = "Glenn Close and her husband met Robert Redford at the festival. “I loved every minute of it,” she said."
    assert speaker_of(parsed, text, "every minute") == "Glenn Close"


# Near miss (review s17 HIGH-4): the possessive on an object's conjunct is the subject's ("Pelosi praised Rep. Adam
# Schiff and her leadership team").
def test_her_team_after_an_object_is_the_subjects(parsed) -> None:
    text = (
        "Speaker Nancy Pelosi praised Rep. Adam Schiff and her leadership team on Thursday. Schiff led the "
        "impeachment inquiry. “The Constitution is not a suggestion,” she said."
    )
    assert speaker_of(parsed, text, "Constitution") == "Nancy Pelosi"
