"""Figures: an "N-time" title counts how often the title was held, and is about the title ("a three-time
champion": champion), not the word "time"."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

TITLES = [
    ("He is a three-time champion.", 3.0, "champion"),
    ("The two-time Olympian won again.", 2.0, "Olympian"),
    ("She beat the five time NBA champion Tim Duncan.", 5.0, "NBA champion"),
    ("She is a four-time Grammy winner.", 4.0, "Grammy winner"),
    # guards: "N times" after a verb counts the verb's occurrences
    ("He called three times.", 3.0, "called"),
    ("They met five times this year.", 5.0, "met"),
]


@pytest.mark.parametrize(("text", "value", "about"), TITLES)
def test_an_n_time_title_is_about_the_title(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about


# "time" before a plural noun without a hyphen is part of a compound ("11 time zones"), not a title; a title
# runs over a participle ("two-time defending champion") and hyphen-joined words ("four-time All-Pro").
TIME_COMPOUNDS = [
    ("The country spans 11 time zones.", 11.0, "time zones"),
    ("The station added four time slots.", 4.0, "time slots"),
    ("She is a two-time defending champion.", 2.0, "defending champion"),
    ("The four-time All-Pro quarterback threw the ball.", 4.0, "All-Pro quarterback"),
    # near misses: a singular title without a hyphen is still a title
    ("She beat the five time NBA champion Tim Duncan.", 5.0, "NBA champion"),
    ("He is a three-time champion.", 3.0, "champion"),
]


@pytest.mark.parametrize(("text", "value", "about"), TIME_COMPOUNDS)
def test_time_compounds_and_longer_titles(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
