"""Actors (probe s27 actors class 3): a person is not lost when the tagger misses the full name or tags the surname a
body or a town. An untagged full name opening on a hyphened given name is the person's when the text tags the surname
alone a person ("Dr. Yet-Ming Chiang ... Chiang said"); a one-word name tagged an organisation or a town that ends a
full name tagged a person and says something is that person ("Hardeep Singh Puri ... Puri said India would ...");
not a big place that speaks for its government, nor the last word of a mistagged phrase ("Recent Samsung")."""

from __future__ import annotations

from tests.extract.helpers import mentions_of, speaker_of


def test_a_hyphened_given_name_makes_the_full_name(parsed) -> None:
    text = 'The team, led by Dr. Yet-Ming Chiang, said the design used sodium. "It\'s a step, not a leap," Chiang said.'
    assert "Yet-Ming Chiang" in {m.name for m in mentions_of(parsed, text)}
    assert speaker_of(parsed, text, "not a leap") == "Yet-Ming Chiang"


def test_a_hyphened_first_part_needs_the_surname_tagged_a_person(parsed) -> None:
    text = "Shares of Rolls-Royce Trent fell on Monday. Trent said it would cut jobs."
    assert all(m.kind != "person" for m in mentions_of(parsed, text))


def test_a_surname_tagged_a_body_that_speaks_is_the_person(parsed) -> None:
    text = (
        "NEW DELHI - Petroleum Minister Hardeep Singh Puri said fuel prices would not rise. Puri said India would buy "
        "oil wherever it is cheapest."
    )
    kinds = {(m.name, m.kind) for m in mentions_of(parsed, text)}
    assert ("Puri", "person") in kinds


def test_a_big_place_that_speaks_stays_a_place_or_body(parsed) -> None:
    text = (
        "Actor Denzel Washington starred in the film. Washington said the talks with Beijing would resume. Officials "
        "in Washington declined to comment."
    )
    lone = [m for m in mentions_of(parsed, text) if m.name == "Washington"]
    assert lone and all(m.kind != "person" for m in lone)


def test_a_big_place_word_used_only_as_the_persons_surname_is_the_person(parsed) -> None:
    # Review s27 rev3q LOW 8: no use of "Lima" in the story is the city's.
    text = "Energy Minister Rafael Lima met investors on Tuesday. Lima said Brazil would expand drilling."
    assert ("Lima", "person") in {(m.name, m.kind) for m in mentions_of(parsed, text)}
