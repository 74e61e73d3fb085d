"""Figures: a count's unit is the singular of the noun it counts ("gunmen" -> "gunman", "indices" -> "index",
coordinated and collective nouns), and counts of one thing still conflict."""

from __future__ import annotations

import pytest

from extract.figures.core import _singular
from tests.extract.helpers import conflicts_of, figures_of, one_of


def test_two_counts_of_a_noun_still_conflict(parsed) -> None:
    assert conflicts_of(parsed, "Officials reported 4,000 flu cases.", "Officials reported 5,000 flu cases.") == [
        [4000, 5000]
    ]


# A count of a "-men" compound has the "-man" singular as its unit; a singular "-men" noun stays as it is.
MEN_COUNTS = [
    ("Three gunmen opened fire on the convoy.", 3, "gunman"),
    ("At least 12 policemen were wounded.", 12, "policeman"),
    ("The army deployed 500 servicemen to the border.", 500, "serviceman"),
    ("Two spokesmen declined to comment.", 2, "spokesman"),
    # guard: an ordinary plural
    ("The army deployed 500 soldiers to the border.", 500, "soldier"),
]


@pytest.mark.parametrize(("text", "value", "unit"), MEN_COUNTS)
def test_a_men_compound_counts_its_man(parsed, text, value, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("count", unit)


@pytest.mark.parametrize("word", ["specimen", "regimen", "abdomen", "omen", "stamen"])
def test_a_singular_men_noun_stays(word) -> None:
    assert _singular(word) == word


# "servicemen" now meets the conflict grouping's "serviceman" = "soldier"
def test_servicemen_and_soldiers_conflict(parsed) -> None:
    assert conflicts_of(
        parsed, "North Korea sent 13,000 servicemen to Russia.", "North Korea sent 15,000 soldiers to Russia."
    ) == [[13000, 15000]]


# A count whose parse hangs the number on the first of two coordinated modifiers counts the noun the phrase ends on.
COORDINATED = [
    ("The city hired 1,000 maintenance and cleaning workers.", 1000, "worker", "maintenance and cleaning workers"),
    ("He met four national security and diplomatic officials.", 4, "official", None),
    ("The state deployed 300 police and security officers.", 300, "officer", "police and security officers"),
    # guards: two coordinated plurals count the first
    ("Police arrested 12 men and women.", 12, "man", "men"),
    ("They bought two cars and a truck.", 2, "car", "cars"),
]


@pytest.mark.parametrize(("text", "value", "unit", "about"), COORDINATED)
def test_a_coordinated_modifier_is_not_what_is_counted(parsed, text, value, unit, about) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert f.unit == unit
    if about is not None:
        assert f.about == about


# Latin "-ices" plurals have "-ex"/"-ix" singulars; ordinary "-ices" plurals keep "-ice".
@pytest.mark.parametrize(
    ("word", "one"),
    [
        ("indices", "index"),
        ("matrices", "matrix"),
        ("vertices", "vertex"),
        ("appendices", "appendix"),
        # guards
        ("prices", "price"),
        ("devices", "device"),
        ("vices", "vice"),
        ("services", "service"),
    ],
)
def test_latin_ices_plurals(word, one) -> None:
    assert _singular(word) == one


def test_a_count_of_indices_counts_indexes(parsed) -> None:
    assert one_of(figures_of(parsed, "The exchange publishes 12 indices."), 12).unit == "index"


# A collective singular ("staff") coordinated with another group counts itself; so does a noun before "and other".
COLLECTIVE_COUNTS = [
    ("The company employs 2,000 staff and other workers.", 2000, "staff"),
    ("The council hired 20 staff and volunteers.", 20, "staff"),
    # guards: a modifier coordinated before the plural still takes the plural's unit; a plural first noun counts
    ("The company will accept close to 1,000 maintenance and cleaning workers.", 1000, "worker"),
    ("He heard the testimony of four national security and diplomatic officials.", 4, "official"),
    ("Police arrested 12 men and women.", 12, "man"),
    ("The company hired 500 staff and 200 contractors.", 500, "staff"),
]


@pytest.mark.parametrize(("text", "value", "unit"), COLLECTIVE_COUNTS)
def test_a_collective_noun_before_and_counts_itself(parsed, text, value, unit) -> None:
    f = one_of(figures_of(parsed, text), value)
    assert (f.kind, f.unit) == ("count", unit)


# An acronym or a mixed-case name keeps its letters in a count's unit, as a reader knows it ("127 qualifying CBs":
# CB, not "cbs"); a capitalised headline's plain word is still lower case.
ACRONYM_COUNTS = [
    ("The company recalled 5,000 SUVs.", 5000, "SUV"),
    ("Two MPs quit the party.", 2, "MP"),
    ("They bought 3 iPhones.", 3, "iPhone"),
    ("There were 127 qualifying CBs last season.", 127, "CB"),
    # near misses: plain words, in lower case or in a capitalised headline
    ("The army deployed 500 soldiers to the border.", 500, "soldier"),
    ("FIVE SOLDIERS KILLED IN ATTACK", 5, "soldier"),
]


@pytest.mark.parametrize(("text", "value", "unit"), ACRONYM_COUNTS)
def test_an_acronym_count_keeps_its_letters(parsed, text, value, unit) -> None:
    assert one_of(figures_of(parsed, text), value).unit == unit
