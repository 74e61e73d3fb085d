"""A relative "who" the parser gave to a thing ("students at the school who said") stands for the nearest people
before it in the phrase, past a quoted title; a quote right before "who" is itself what "who" stands for."""

from __future__ import annotations

from tests.extract.helpers import rows_of


def test_who_is_the_people_not_the_place(parsed):
    text = "The mayor met parents of students at the school who said the building was unsafe."
    assert rows_of(parsed, text) == [("students", "the building was unsafe")]


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
