"""Actors: one company under its legal form abbreviated and written out ("Toyota Motor Corp", "Toyota Motor
Corporation") is one actor, in one article and across articles; another legal form or another name before it is
another company."""

from __future__ import annotations

import pytest

from extract.actors import MergeMemo, extract_mentions, merge_actors, merge_documents
from extract.records import Actor, Mention


def mention(name: str, document: str, start: int) -> Mention:
    return Mention(name, name, "organization", start, start + len(name), document, None, "ORG")


def merged(docs: list[list[Mention]], memo: bool) -> list[Actor]:
    if memo:
        return merge_documents([tuple(d) for d in docs], MergeMemo())[0]
    return merge_actors([m for d in docs for m in d])[0]


_PAIRS = [
    ("Toyota Motor Corp", "Toyota Motor Corporation"),
    ("Samsung Electronics Co.", "Samsung Electronics Company"),
    ("Acme Robotics Inc.", "Acme Robotics Incorporated"),
    ("Tata Steel Ltd", "Tata Steel Limited"),
]


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(("short", "long"), _PAIRS)
def test_one_legal_form_two_spellings_in_one_article(memo: bool, short: str, long: str) -> None:
    actors = merged([[mention(short, "a.txt", 0), mention(long, "a.txt", 100)]], memo)
    assert [a.mentions for a in actors] == [2], [a.name for a in actors]


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(("short", "long"), _PAIRS)
def test_one_legal_form_two_spellings_across_articles(memo: bool, short: str, long: str) -> None:
    actors = merged([[mention(short, "a.txt", 0)], [mention(long, "b.txt", 0)]], memo)
    assert [a.mentions for a in actors] == [2], [a.name for a in actors]


@pytest.mark.parametrize("memo", [False, True])
@pytest.mark.parametrize(
    ("one", "other"),
    [
        # Another legal form, another name before the same form: other companies.
        ("Nissan Motor Co.", "Nissan Motor Corporation"),
        ("Ford Motor Company", "Ford Motor Credit Company"),
        ("Tata Steel Limited", "Tata Motors Limited"),
    ],
)
def test_other_forms_or_names_stay_apart(memo: bool, one: str, other: str) -> None:
    actors = merged([[mention(one, "a.txt", 0), mention(other, "a.txt", 100)]], memo)
    assert len(actors) == 2, [a.name for a in actors]


def test_a_text_with_both_spellings(parsed) -> None:
    doc, rep = parsed(
        "Toyota Motor Corp said on Tuesday that its sales rose 4%. Toyota Motor Corporation is the world's largest "
        "carmaker by volume."
    )
    actors = merge_actors(extract_mentions(doc, rep, "a.txt"))[0]
    toyota = [a for a in actors if a.name.startswith("Toyota")]
    assert [a.mentions for a in toyota] == [2], [a.name for a in toyota]
