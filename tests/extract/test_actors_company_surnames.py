"""A one-word company the document uses as one (its founder, its CEO, its shares) is no surname of a person named in
full there: 'Amazon founder Jeff Bezos ... Amy Amazon' kept the company as Amy Amazon's alias (brief s30: company and
person merges). A surname that only speaks or advises stays the person's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import actor_kinds_of


@pytest.mark.parametrize(
    ("text", "company", "person"),
    [
        (
            "Amazon will hire 100,000 workers, the company said. Amazon founder Jeff Bezos stepped down last year. "
            "Amy Amazon, a local teacher, said she was not surprised.",
            "Amazon",
            "Amy Amazon",
        ),
        (
            "Ford CEO Jim Farley said the recall was needed. Harrison Ford, the actor, was not amused. "
            "Ford said it would recall 500,000 vehicles.",
            "Ford",
            "Harrison Ford",
        ),
        (
            "Ford said on Tuesday it would recall 500,000 vehicles. Ford shares fell 2%. "
            "Bill Ford, the company's executive chairman, said the recall was necessary.",
            "Ford",
            "Bill Ford",
        ),
    ],
    ids=["founder", "ceo", "shares"],
)
def test_a_company_use_keeps_the_company_apart_from_a_namesake(parsed, text, company, person):
    kinds = actor_kinds_of(parsed, text)
    assert kinds.get(company) == "organization"
    assert kinds.get(person) == "person"


def test_a_persons_adviser_leaves_the_surname_to_the_person(parsed):
    text = "Trump adviser John Bolton said on Monday that Donald Trump was wrong. Trump said he disagreed."
    kinds = actor_kinds_of(parsed, text)
    assert "Trump" not in kinds
    assert kinds.get("Donald Trump") == "person"


def test_a_surname_that_says_he_stays_the_persons(parsed):
    text = (
        "Ford shares fell 2% on Tuesday. Bill Ford, the company's executive chairman, spoke to reporters in Detroit. "
        "Ford said he was confident in the plan."
    )
    kinds = actor_kinds_of(parsed, text)
    assert "Ford" not in kinds
    assert kinds.get("Bill Ford") == "person"


def test_a_company_the_tagger_calls_otherwise_is_one(parsed):
    kinds = actor_kinds_of(parsed, "Adidas CEO Bjorn Gulden spoke in Berlin. Adidas said sales rose 10%.")
    assert kinds.get("Adidas") == "organization"
    assert actor_kinds_of(parsed, "Elon Musk sold Tesla stock on Monday.").get("Tesla") == "organization"
