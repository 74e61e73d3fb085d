"""Actors: full names the tagger calls a body that the text uses as a person's: "said she" after a name of rare words
("Paetongtarn Shinawatra said she ..."), a noun only for people right before ("MEA spokesperson Randhir Jaiswal")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "name"),
    [
        ("Paetongtarn Shinawatra said she would not resign.", "Paetongtarn Shinawatra"),
        ("Mamata Banerjee said she would not allow the law in Bengal.", "Mamata Banerjee"),
        ("MEA spokesperson Randhir Jaiswal said flights would begin on Friday.", "Randhir Jaiswal"),
        ("Party spokesperson Supriya Shrinate said the bill was unfair.", "Supriya Shrinate"),
    ],
)
def test_a_full_name_used_as_a_person_is_one(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "person"


@pytest.mark.parametrize(
    ("text", "name"),
    [
        # A firm may be "he"'s employer after the person is named; a firm says "it"; a lender is a firm's noun too.
        ("Analyst Jane Roe left in May. Goldman Sachs said he would not return.", "Goldman Sachs"),
        ("The lender Goldman Sachs said it would cut jobs.", "Goldman Sachs"),
        ("Morgan Stanley said it would cut jobs.", "Morgan Stanley"),
    ],
)
def test_firms_named_like_people_stay_firms(parsed, text: str, name: str) -> None:
    assert actor_kinds_of(parsed, text).get(name) == "organization"


@pytest.mark.parametrize(
    "text",
    [
        # Probe s29 A4: a fund the tagger calls a person, after a noun a person bears too.
        "Shares rose after activist investor Elliott Management disclosed a stake.",
        "Activist investor Elliott Management said it owned 5 percent.",
    ],
)
def test_a_fund_named_like_a_person_is_a_firm(parsed, text: str) -> None:
    assert actor_kinds_of(parsed, text).get("Elliott Management") == "organization"


def test_a_person_stays_a_person_before_a_firm(parsed) -> None:
    assert actor_kinds_of(parsed, "Paul Singer founded Elliott Management in 1977.").get("Paul Singer") == "person"


def test_a_person_named_like_a_firm_who_says_she_stays_a_person(parsed) -> None:
    # Review s29 rev1 RA11 LOW.
    assert actor_kinds_of(parsed, "Kate Ventures said she would run again.").get("Kate Ventures") == "person"
