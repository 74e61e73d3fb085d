"""Conflicts: a surname alone ("Smith, 41") is the person a story names in full ("John Smith, 39") when the story
names one person of that surname, in any file: the two ages, or two prison terms for them, clash. Two people of
the surname, or values far apart, leave the surname alone."""

from __future__ import annotations

from tests.extract.helpers import conflicts_of


def test_a_surname_meets_the_full_name(parsed) -> None:
    assert conflicts_of(parsed, "John Smith, 39, was arrested on Monday.", "Smith, 41, was arrested.") == [[39.0, 41.0]]


def test_a_prison_term_for_the_surname(parsed) -> None:
    a = "Prosecutors are seeking 10 years in prison for John Smith."
    b = "Prosecutors are seeking 12 years in prison for Smith."
    assert conflicts_of(parsed, a, b) == [[10.0, 12.0]]


def test_two_people_of_one_surname(parsed) -> None:
    # guard: John Smith and Adam Smith are two people; bare "Smith" joins neither
    a = "John Smith, 39, was arrested on Monday."
    b = "Adam Smith, 45, was arrested on Tuesday."
    assert conflicts_of(parsed, a, b, "Smith, 41, was arrested.") == []


def test_a_far_value_is_someone_else(parsed) -> None:
    # guard: an age far off is another Smith's
    assert conflicts_of(parsed, "John Smith, 39, was arrested on Monday.", "Smith, 82, was arrested.") == []
