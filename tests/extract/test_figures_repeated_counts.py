"""Figures: a bare number that a determiner points back ("These 11", "The newly selected five") counts what the last
count of the same number in the sentences before counts (about/elided.py _repeated_count_about)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import figures_of

POINTED_BACK = [
    ("This past May, the agency selected 11 companies to build prototypes. These 11 had until Nov. 1 to submit "
     "detailed proposals.", "company"),
    ("Police arrested 30 people on Friday. The 30 were released on bail on Saturday.", "people"),
]  # fmt: skip

NEAR_MISSES = [
    # another number: no count of it before
    ("This past May, the agency selected 11 companies to build prototypes. These 12 had until Nov. 1 to submit "
     "detailed proposals.", None),
    # the noun is written: it is counted
    ("This past May, the agency selected 11 companies to build prototypes. The 11 finalists had until Nov. 1 to "
     "submit proposals.", "finalist"),
    # review s18 LOW-1: two counts of that number count different things
    ("The agency selected 11 companies in May. In June it added 11 new rules. These 11 had until Nov. 1 to submit "
     "proposals.", None),
    # 'the' before a number of things: mostly the parties, no count (review s18 r3 HIGH-1)
    ("NASA said the five companies had been selected to join the program. The newly selected five are: Blue Origin, "
     "Ceres Robotics and SpaceX.", None),
    ("Mexico and Canada signed two trade deals on Monday. Officials said the two would take effect next year.",
     None),
    ("Chelsea and Arsenal played two matches in the spring. The two drew 1-1 at Stamford Bridge.", None),
    ("Disney and Fox held two rounds of talks last year. The two merged in March.", None),
    # 'these' points back at things too
    ("Mexico and Canada signed two trade deals on Monday. Officials said these two would take effect next year.",
     "deal"),
]  # fmt: skip


# review s18 HIGH-2: "the two" after two people named together are those people, no count of things
PAIRS = [
    "President Trump and Kim Jong Un have held two summits since June 2018. The two met again on Sunday at the border.",
    "Smith and Jones scored two goals each in the final. The two have been friends since school.",
    # review s18 HIGH-8: companies, countries and people named by nouns, when the two speak, meet or undergo
    "Apple and Google have filed two lawsuits against the regulator. The two said the rules were unfair.",
    "The United States and China held two rounds of talks in May. The two agreed to meet again in June.",
    "A man and a woman were arrested after two robberies on Main Street. The two were charged with theft.",
]


@pytest.mark.parametrize("text", PAIRS)
def test_the_two_people_named_together_are_no_count_of_things(parsed, text) -> None:
    figs = [f for f in figures_of(parsed, text) if f.kind != "date" and f.value == 2]
    assert [f.unit for f in figs if f.unit] == [figs[0].unit]  # only the first sentence's count has a unit


@pytest.mark.parametrize(("text", "unit"), POINTED_BACK + NEAR_MISSES)
def test_a_number_pointed_back_counts_what_the_same_number_counted(parsed, text, unit) -> None:
    figs = [f for f in figures_of(parsed, text) if f.kind != "date"]
    last = max(text.rfind(f". {w} ") for w in ("These", "The", "Officials"))  # where the pointing sentence starts
    later = [f for f in figs if f.start > last]
    if unit is None:
        assert [f.unit for f in later if f.unit] == []  # no row, or a plain number
    else:
        assert (later[-1].kind, later[-1].unit) == ("count", unit)
