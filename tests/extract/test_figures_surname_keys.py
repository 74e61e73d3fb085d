"""Figures: a surname alone ("Smith, 41", "prison term for Smith") is the full name its own document gives one
person of that surname ("John Smith"), so it keys with that person's figures in other files. Another person of
the surname in the file (review r1 HIGH-3), two of them, or a count of a group ("190 Democrats" beside "House
Democrats", review r1 HIGH-4) join nothing."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of, figures_of, one_of

JOHN = "Police identified the victim as John Smith, 39, of Dayton."


def test_a_surname_takes_the_full_name_of_its_file(parsed) -> None:
    text = "John Smith was arrested in Dayton. Smith, 41, was charged with fraud."
    assert one_of(figures_of(parsed, text), 41.0).about == "John Smith"
    assert conflicts_of(parsed, JOHN, text) == [[39.0, 41.0]]


def test_a_prison_term_for_the_surname(parsed) -> None:
    a = "Prosecutors are seeking 10 years in prison for John Smith."
    b = "John Smith was arrested on Monday. Prosecutors are seeking 12 years in prison for Smith."
    assert conflicts_of(parsed, a, b) == [[10.0, 12.0]]


def test_another_person_of_the_surname(parsed) -> None:
    # guards (review r1 HIGH-3): the file's Smith is Mark, or two Smiths leave "Smith" alone
    assert conflicts_of(parsed, JOHN, "Officer Mark Smith fired the shots. Smith, 41, has been placed on leave.") == []
    assert conflicts_of(parsed, JOHN, "Mark Smith and Adam Smith were arrested. Smith, 41, was charged.") == []


def test_a_count_of_a_group_is_no_surname(parsed) -> None:
    # guard (review r1 HIGH-4): House Democrats and Democrats are two groups
    a = "All 213 House Democrats voted against the bill."
    assert conflicts_of(parsed, a, "The letter was signed by 190 Democrats.") == []
