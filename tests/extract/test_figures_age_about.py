"""Figures: an age is about whose age it is ("Smith, who retired at age 43": Smith), as "the 73-year-old senator"
is the senator's; "age" when no one is named."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of, one_of

AGE_ABOUT = [
    ("Leif Dahleen, the blogger behind the site, retired from anesthesiology at age 43.", 43, "Leif Dahleen"),
    ("Biden, at age 80, is the oldest president.", 80, "Biden"),
    ("The estimate is that 964,000 people age 12 and older reported a disorder.", 12, "people"),
    ("Children under age 5 are exempt.", 5, "Children"),
    ("The boy, age 12, was found.", 12, "boy"),
    ("He died at age 43.", 43, "age"),
    # "under age N" that the parse hangs on the verb is the age of the people named right before it
    ("The law bans sales to people under age 21.", 21, "people"),
    ("The rule applies to drivers under age 18.", 18, "drivers"),
    # near misses: "at age N" on a noun, or "under age N" on a verb with no people before it, names no one; ages
    # read before stay
    ("He fell into a coma at the age of 9.", 9, "age"),
    ("The law bans sales under age 21.", 21, "age"),
    ("John Smith, 43, was arrested.", 43, "John Smith"),
    ("The 73-year-old senator resigned.", 73, "senator"),
]


@pytest.mark.parametrize(("text", "value", "about"), AGE_ABOUT)
def test_an_age_is_about_whose_age_it_is(parsed, text, value, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.unit, f.about) == ("year of age", about)
