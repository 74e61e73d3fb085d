"""A relative "who" the parser gave to a thing ("students at the school who said") stands for the nearest people
before it in the phrase, past a quoted title; a quote right before "who" is itself what "who" stands for."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, rows_of


def test_who_is_the_people_not_the_place(parsed):
    text = "The mayor met parents of students at the school who said the building was unsafe."
    assert rows_of(parsed, text) == [("parents", "the building was unsafe")]


def test_who_is_the_head_not_the_object_of_of(parsed):
    # review s20 r1a HIGH: never the object of the phrase's "of" (a first version gave Donald Trump, Google)
    text = "Police dispersed supporters of Donald Trump at the rally who said the election had been stolen."
    assert {(c.source, c.source_text) for c in claims_of(parsed, text) if "stolen" in c.text} == {(None, "supporters")}
    text = "Employees of Google at the plant who said the pay was too low walked out."
    assert all(
        c.source != "Google" and c.source_text == "Employees" for c in claims_of(parsed, text) if "pay" in c.text
    )


def test_quoted_group_before_who_is_nobody_named(parsed):
    # near miss: not the person named before "as part of the “Never Trumpers”"
    text = (
        "Over the weekend, Trump assailed Williams as part of the \u201cNever Trumpers\u201d who oppose his "
        "presidency, though there is no indication she has shown any partisanship."
    )
    assert all(src != "Williams" for src, _ in rows_of(parsed, text))


def test_people_who_stay(parsed):
    # near misses: "who" after people, and "which" after a court, stay as they were
    assert rows_of(parsed, "She spoke to members of the committee who said the bill was dead.") == [
        ("members", "the bill was dead")
    ]
    assert ("the court", "the law was void") in rows_of(
        parsed, "He praised the ruling of the court, which said the law was void."
    )


def test_those_who_is_no_earlier_noun(parsed):
    # near miss: "those who question" is no one named before "that" (a first draft gave "statements")
    text = (
        "Republican vice-presidential nominee Mike Pence echoed statements by GOP presidential nominee Donald Trump "
        "last week that those who question bias in policing demean law enforcement and stoke racial tension."
    )
    assert all(src not in ("statements", "Donald Trump") for src, _ in rows_of(parsed, text))


@pytest.mark.parametrize(
    ("text", "words", "shown"),
    [
        ("Security guards stopped fans of Taylor Swift at the show who said the tickets were fake.", "fake", "fans"),
        ("Police spoke to the wife of John Smith at the scene who said he had left early.", "left early", "the wife"),
        ("Reporters met the son of President Biden at the event who said the family was fine.", "fine", "the son"),
        ("Managers ignored workers at Amazon in the warehouse who said the pay was too low.", "pay", "workers"),
    ],
)
def test_name_under_a_common_noun_is_not_who(parsed, text, words, shown):
    # review s20 r2a HIGH: a name that is the object of of/at/for under a common noun is only whose or where
    rows = [(c.source, c.source_text) for c in claims_of(parsed, text) if words in c.text]
    assert rows == [(None, shown)]


@pytest.mark.parametrize(
    ("text", "words", "name"),
    [
        ("The court heard the testimony of Maria Lopez at the trial who said the car was red.", "red", "Maria Lopez"),
        ("Reporters read the views of Janet Yellen at the meeting who said rates would stay high.", "rates", "Yellen"),
    ],
)
def test_who_after_a_thing_of_a_name_is_the_name(parsed, text, words, name):
    # review s20 r3a HIGH (of a9ab4cc): the climb past the name stops only at a noun for people; above the name is a
    # thing here ('the testimony', 'the views'), which never speaks
    rows = [(c.source, c.source_text) for c in claims_of(parsed, text) if words in c.text]
    assert rows and all(name in (src or "") or name in (shown or "") for src, shown in rows), rows
