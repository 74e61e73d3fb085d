"""Actors: a company's short name joins its full name when the rest of the full name names its trade or closes on a
legal form ("Toyota Motor Corp" / "Toyota", "Rolls-Royce Holdings" / "Rolls-Royce", "Alden Capital" / "Alden"; probe
s27 actors class 1), in one article and across articles that write the short name alone; not a regional arm ("Nissan
North America Inc.") or another thing named after the company ("Apple TV")."""

from __future__ import annotations

import pytest

from extract.actors import MergeMemo, merge_actors, merge_documents
from extract.records import Actor, Mention


def mention(name: str, document: str, start: int) -> Mention:
    return Mention(name, name, "organization", start, start + len(name), document, None, "ORG")


def merged(docs: list[list[Mention]], memo: bool) -> list[Actor]:
    if memo:
        return merge_documents([tuple(d) for d in docs], MergeMemo())[0]
    return merge_actors([m for d in docs for m in d])[0]


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("full", "short"),
    [
        ("Toyota Motor Corp", "Toyota"),
        ("Samsung Electronics Co.", "Samsung"),
        ("Acme Robotics Inc.", "Acme"),
        ("Rolls-Royce Holdings", "Rolls-Royce"),
        ("Barclays Bank", "Barclays"),
        ("Alden Capital", "Alden"),
        ("Big Machine Label Group", "Big Machine"),
    ],
)
def test_a_short_name_joins_the_companys_full_name(memo: bool, full: str, short: str) -> None:
    docs = [[mention(full, "a.txt", 0), mention(short, "a.txt", 100)]]
    actors = merged(docs, memo)
    assert len(actors) == 1, [a.name for a in actors]
    assert set(actors[0].aliases) | {actors[0].name} == {full, short}


@pytest.mark.parametrize("memo", [False, True])
def test_the_short_name_of_another_article_joins_too(memo: bool) -> None:
    docs = [
        [mention("Big Machine Label Group", "a.txt", 0), mention("Big Machine", "a.txt", 100)],
        [mention("Big Machine", "b.txt", 0)],
    ]
    assert [a.documents for a in merged(docs, memo)] == [("a.txt", "b.txt")]


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(("full", "short"), [("Nissan North America Inc.", "Nissan"), ("Apple TV", "Apple")])
def test_another_company_or_thing_stays_apart(memo: bool, full: str, short: str) -> None:
    docs = [[mention(full, "a.txt", 0), mention(short, "a.txt", 100)]]
    assert len(merged(docs, memo)) == 2


@pytest.mark.parametrize("memo", [False, True])
def test_a_short_name_two_companies_share_joins_neither(memo: bool) -> None:
    # Review s27 rev3q HIGH 2: sister companies share the group's short name; a lone "Tata said" in a third article is
    # either, and Tata Steel must not fold into Tata Motors through it.
    docs = [
        [mention("Tata Motors Ltd", "a.txt", 0), mention("Tata", "a.txt", 100)],
        [mention("Tata Steel Ltd", "b.txt", 0), mention("Tata", "b.txt", 100)],
        [mention("Tata", "c.txt", 0)],
    ]
    names = sorted(a.name for a in merged(docs, memo))
    assert names == ["Tata", "Tata Motors Ltd", "Tata Steel Ltd"]
