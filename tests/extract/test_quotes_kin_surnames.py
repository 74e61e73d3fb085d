"""Quotes: a surname alone that two people of the story share goes to the one not named only as someone's relative,
when that one holds a title or carries the "Jr." that sets the relative apart ("His father, Robert Downey, ..."
beside "Robert Downey Jr."); a relative who speaks where named ("His mother, Angela Reed, said") keeps the surname
open, and so does a pair with no title ("Marcus Reed, 19" and his mother) and one who does not speak in the story
(a victim with a rank or a "Jr.": "Officer Marcus Reed was killed")."""

from __future__ import annotations

from tests.extract.helpers import speaker_of


def test_the_son_not_the_father_named_as_his_father(parsed) -> None:
    text = (
        "Robert Downey Jr. said he grew up on film sets. His father, Robert Downey, directed underground films in "
        "the 1960s. “It felt like home,” Downey said."
    )
    assert speaker_of(parsed, text, "felt like home") == "Robert Downey Jr."


def test_the_governor_not_his_wife(parsed) -> None:
    text = (
        "Gov. JB Pritzker said on Monday that the bill would pass. His wife, M.K. Pritzker, attended the ceremony. "
        '"This is a proud day," Pritzker said.'
    )
    assert speaker_of(parsed, text, "proud day") == "JB Pritzker"


# Near miss: the mother speaks where she is named, so "Reed" may be her: not the son.
def test_a_relative_who_speaks_keeps_the_surname(parsed) -> None:
    text = (
        "DAYTON, Ohio (AP) — Police said Marcus Reed, 19, was shot and killed outside a convenience store on "
        "Saturday night. His mother, Angela Reed, said her son had just started a job at a warehouse. "
        '"He was a good kid who loved his family," Reed said.'
    )
    assert speaker_of(parsed, text, "good kid") != "Marcus Reed"


# Near miss: a victim given only an age holds no title: "Reed" stays open, not the dead son.
def test_no_title_no_guess(parsed) -> None:
    text = (
        "Marcus Reed, 19, was shot and killed on Saturday night. His mother, Angela Reed, was at work when she "
        'heard. "He was a good kid," Reed said.'
    )
    assert speaker_of(parsed, text, "good kid") != "Marcus Reed"


# Near misses (review s17 HIGH-1, HIGH-2): a victim with a rank or a "Jr." does not speak in the story.
def test_a_dead_officer_is_not_the_surname(parsed) -> None:
    text = (
        "Officer Marcus Reed was killed Saturday during a traffic stop in Dayton. His mother, Angela Reed, was at "
        'work when she heard the news. "He was a good kid who loved his family," Reed said.'
    )
    assert speaker_of(parsed, text, "good kid") != "Marcus Reed"


def test_a_dead_junior_is_not_the_surname(parsed) -> None:
    text = (
        "Marcus Reed Jr., 19, was shot and killed outside a convenience store on Saturday night. His father, Marcus "
        'Reed, was at work when he heard. "He was a good kid," Reed said.'
    )
    assert speaker_of(parsed, text, "good kid") != "Marcus Reed Jr."


# Near miss (review s17 MED-1): a victim who spoke earlier (to a dispatcher), then was killed.
def test_an_officer_who_spoke_then_was_killed(parsed) -> None:
    text = (
        "Officer Marcus Reed told the dispatcher he was stopping a car on Route 4. Minutes later he was shot and "
        "killed. His mother, Angela Reed, was at work when she heard the news. "
        '"He was a good kid who loved his family," Reed said.'
    )
    assert speaker_of(parsed, text, "good kid") != "Marcus Reed"


# Near misses (review s17 LOW-1, LOW-2): the relative is another man's ("She sentenced the man to life. His wife,
# Karen Walsh, ..."), or holds an office of his own ("his father, President Donald Trump").
def test_the_relative_of_someone_else(parsed) -> None:
    text = (
        "Judge Amy Walsh said she had read every letter. She sentenced the man to life. His wife, Karen Walsh, wept "
        'in the gallery. "He is innocent," Walsh said.'
    )
    assert speaker_of(parsed, text, "innocent") != "Amy Walsh"


def test_a_relative_with_an_office(parsed) -> None:
    text = (
        "Donald Trump Jr. said Monday that he would campaign in Ohio for his father, President Donald Trump. "
        '"We need four more years," Trump said.'
    )
    assert speaker_of(parsed, text, "four more years") != "Donald Trump Jr."


# Near miss (review s17 MED-3): the "he" who died is the relative just named, not the senator who told of it.
def test_a_relative_died(parsed) -> None:
    text = (
        "Sen. John Smith said Monday that his father, Robert Smith, had died at 92. He died peacefully at home in "
        'Tulsa. "He was my hero," Smith said.'
    )
    assert speaker_of(parsed, text, "my hero") == "John Smith"
