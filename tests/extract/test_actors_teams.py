"""Actors: a one-word name the tagger calls a person but the text calls "the X" is a team or a thing."""

from __future__ import annotations

import pytest

from extract.actors import MergeMemo, extract_mentions, merge_actors, merge_documents
from extract.actors.names import THING_USE
from extract.records import Mention


def labels_of(parsed, text: str) -> list[tuple[str, str]]:
    doc, rep = parsed(text)
    return [(m.name, m.label) for m in extract_mentions(doc, rep, "a.txt")]


def test_the_and_a_one_word_name_is_a_thing(parsed) -> None:
    text = "Rondo scored 20 as the Thunder lost again. Coach Billy Donovan said the Thunder must defend."
    assert labels_of(parsed, text).count(("Thunder", THING_USE)) == 2


def test_a_name_without_the_stays_a_person(parsed) -> None:
    # Near miss: a surname alone, and a name opening a sentence after another, are people.
    text = "Mason Rudolph was hit. Rudolph said he would not fight. Then Garrett left."
    assert ("Rudolph", THING_USE) not in labels_of(parsed, text)


def mention(name: str, label: str, document: str, start: int) -> Mention:
    kind = "person" if label.startswith("PERSON") else "organization"
    return Mention(name, name, kind, start, start + len(name), document, None, label)


def test_a_team_tagged_as_a_person_in_one_article_joins_the_team_of_another() -> None:
    # "The Sabres won ... the Sabres are now first" in one article, "Sabres" tagged ORG in another.
    mentions = [mention("Sabres", THING_USE, "a.txt", 100 * k) for k in range(3)]
    mentions.append(mention("Sabres", "ORG", "b.txt", 0))
    actors, _ = merge_actors(mentions)
    assert [(a.name, a.kind, a.mentions) for a in actors] == [("Sabres", "organization", 4)]


def test_a_person_and_an_organisation_of_one_name_stay_apart() -> None:
    # Near miss: a person the text never uses as a thing keeps apart from the bank of the same name.
    mentions = [mention("Chase", "PERSON", "a.txt", 0), mention("Chase", "ORG", "b.txt", 0)]
    actors, _ = merge_actors(mentions)
    assert sorted((a.name, a.kind) for a in actors) == [("Chase", "organization"), ("Chase", "person")]


def _moons(label: str) -> list[tuple[Mention, ...]]:
    korea = (mention("Moon Jae-in", "PERSON", "a.txt", 0),)
    nasa = tuple(mention("Moon", label, "b.txt", 100 * k) for k in range(3))
    return [korea, nasa]


@pytest.mark.parametrize("memo", [False, True])
def test_a_name_used_as_a_thing_joins_no_person_of_another_article(memo: bool) -> None:
    # "land humans on the Moon" in a NASA article is not South Korea's president of a solar article.
    docs = _moons(THING_USE)
    actors, _ = merge_documents(docs, MergeMemo()) if memo else merge_actors([m for d in docs for m in d])
    assert sorted((a.name, a.mentions) for a in actors) == [("Moon", 3), ("Moon Jae-in", 1)]
    # Near miss: a surname alone the text uses as a person's joins the full name of the other article.
    docs = _moons("PERSON")
    actors, _ = merge_documents(docs, MergeMemo()) if memo else merge_actors([m for d in docs for m in d])
    assert [(a.name, a.mentions) for a in actors] == [("Moon Jae-in", 4)]
