"""Actors: ranks written without their dot, as British style writes them ("Det Supt", "Det Insp", "Cllr", "Maj Gen"),
are titles before the name and its role, never a person of their own (request of the quotes engineer, session 21)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import mentions_of


@pytest.mark.parametrize(
    ("text", "name", "role"),
    [
        ("Det Supt John Smith led the inquiry into the fire.", "John Smith", "Det Supt"),
        ("Det Insp Sarah Cole of Kent Police said the inquiry was over.", "Sarah Cole", "Det Insp"),
        ("Cllr Ann Lee said the council would appeal.", "Ann Lee", "Cllr"),
        ("Maj Gen Tom Moore said the troops would stay.", "Tom Moore", "Maj Gen"),
        # Review s21 r3a LOW-7: a rank of three dotless words ('Chief Insp' was the role).
        ("Det Chief Insp Mark Lee said the man was arrested.", "Mark Lee", "Det Chief Insp"),
        # Review s21 r1a LOW-4: the police's initialisms for a rank ('DCI' was an organisation).
        ("DCI Sarah Jones led the inquiry into the fire.", "Sarah Jones", "DCI"),
        ("DCS Tom Reed said the man had been arrested.", "Tom Reed", "DCS"),
        # Near misses: a rank the tables knew already; a full title.
        ("Sgt Mary Jones said the road was closed.", "Mary Jones", "Sgt"),
        ("Detective Chief Inspector Ian Wood said the man was arrested.", "Ian Wood", "Detective Chief Inspector"),
    ],
)
def test_a_rank_without_its_dot_is_the_role(parsed, text: str, name: str, role: str) -> None:
    people = {m.name: m.role for m in mentions_of(parsed, text) if m.kind == "person"}
    assert people == {name: role}


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s21 r3a MED-1: the second reference, rank and surname, is the person named in full before.
        ("Det Supt John Smith led the inquiry. Det Supt Smith said a man had been charged.", "John Smith"),
        ("Maj Gen Tom Moore visited the base. Maj Gen Moore said the troops would stay.", "Tom Moore"),
        ("Cllr Ann Lee said the council would appeal. Cllr Lee said the ruling was unfair.", "Ann Lee"),
        ("Cpl Jack Hart was injured in the blast. Cpl Hart said he was fine.", "Jack Hart"),
        ("Sgt Mary Jones spoke first. Sgt Jones said the road was closed.", "Mary Jones"),
    ],
)
def test_a_rank_and_a_surname_is_the_person_named_in_full(parsed, text: str, name: str) -> None:
    from extract.actors import extract_mentions, merge_actors

    doc, rep = parsed(text)
    actors = merge_actors(extract_mentions(doc, rep, "a.txt"))[0]
    assert [(a.name, a.kind, a.mentions) for a in actors] == [(name, "person", 2)]


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # Review s21 r3a LOW-2: 'Det' and 'Maj' alone are words of other languages' names, ranks only before a rank.
        ("Det Norske Veritas said the ship was safe to sail.", "Det Norske Veritas"),
        ("Swedish author Maj Sjöwall said the novels were about society.", "Maj Sjöwall"),
    ],
)
def test_det_and_maj_alone_are_no_ranks(parsed, text: str, name: str) -> None:
    assert name in {m.name for m in mentions_of(parsed, text)}
