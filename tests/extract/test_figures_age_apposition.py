"""Figures: an age whose noun is set beside a person's name is that person's ("Prince Andrew, the nearly 60-year-old
younger brother of ...": Prince Andrew, not 'younger brother'; "the 37-year-old mayor, Pete Buttigieg,";
about/ages.py _named_beside). A noun beside no name keeps the noun ("a 57-year-old man", "The 43-year-old man, a
father of two,")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

NAMED = [
    (
        "Prince Andrew, the nearly 60-year-old younger brother of heir to the British throne, Charles, has reportedly "
        "told friends.",
        60,
        "Prince Andrew",
    ),
    ("Pete Buttigieg, the 37-year-old mayor of South Bend, stepped into the lane.", 37, "Pete Buttigieg"),
    ("The 37-year-old mayor, Pete Buttigieg, stepped into the lane.", 37, "Pete Buttigieg"),
]
KEPT = [
    ("Police arrested a 57-year-old man on Tuesday.", 57, "man"),
    ("The 43-year-old man, a father of two, was hurt.", 43, "man"),
]


@pytest.mark.parametrize(("text", "value", "about"), NAMED + KEPT)
def test_an_age_beside_a_name_is_the_persons(parsed, text, value, about) -> None:
    assert one_of(figures_of(parsed, text), value).about == about
