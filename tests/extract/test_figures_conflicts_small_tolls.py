"""Conflicts: two documents' tolls under a hundred clash when they tell one event (figures probe s29 F15, F9).

A one-word count under 100 ("42 people") never clashed across files: a size floor kept stray small counts apart
("Linus Ullmark stopped 22 shots" / "Alex Stalock ... stopping 30 shots"). The evidence now is what befell the
counted (the same verb, or two verbs of dying) and a name both sentences give; documents the story does not relate
pair when their sentences also share a word of the event ("bus crash", "ferry")."""

from __future__ import annotations

import pytest

from extract.engine import Engine
from extract.story import build_story


@pytest.fixture(scope="module")
def engine(nlp) -> Engine:
    return Engine(nlp=nlp)


def _rows(engine: Engine, *texts: str) -> list[tuple[str, list[float]]]:
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate(texts)]
    return sorted((c.about, sorted(v.value for v in c.values)) for c in build_story(facts).conflicts)


@pytest.mark.parametrize(
    ("a", "b", "values"),
    [
        # one named source, one place (probe cf/q*, r*, k34)
        (
            "Jean-Jacques Purusi said 42 people were killed in South Kivu.",
            "Jean-Jacques Purusi said 38 people were killed in South Kivu.",
            [38.0, 42.0],
        ),
        (
            "Jean-Jacques Purusi said 42 people died in South Kivu.",
            "Jean-Jacques Purusi said 38 people died in South Kivu.",
            [38.0, 42.0],
        ),
        (
            "Jean-Jacques Purusi said 42 people were evacuated in South Kivu.",
            "Jean-Jacques Purusi said 60 people were evacuated in South Kivu.",
            [42.0, 60.0],
        ),
        (
            "South Kivu governor Jean-Jacques Purusi said 42 people were killed when the ferry capsized.",
            "Jean-Jacques Purusi said 38 people were killed when the ferry capsized.",
            [38.0, 42.0],
        ),
        (
            "The Red Cross said 42 people died in the ferry disaster on Lake Kivu.",
            "The Red Cross said 38 people were killed in the ferry disaster on Lake Kivu.",
            [38.0, 42.0],
        ),
        # no named actor in common: the sentences tell one event (probe F9: k09, k01, k02, c01)
        (
            "Fourteen people were killed in the bus crash near Nashik, police said.",
            "Police said 22 people were killed in the bus crash near Nashik.",
            [14.0, 22.0],
        ),
        (
            "At least 42 people were killed when the ferry capsized on Lake Kivu, the provincial governor said.",
            "Thirty-eight people were killed when the ferry capsized on Lake Kivu, the provincial governor said.",
            [38.0, 42.0],
        ),
        (
            "The ferry capsized on Lake Kivu, killing 42 people, the provincial governor said.",
            "The ferry capsized on Lake Kivu and killed 38 people, the provincial governor said.",
            [38.0, 42.0],
        ),
        (
            "At least 42 people were killed when the ferry capsized on Lake Kivu, the provincial governor said.",
            "The ferry disaster on Lake Kivu killed 38 people, the provincial governor said on Friday.",
            [38.0, 42.0],
        ),
    ],
)
def test_two_small_tolls_of_one_event_clash(engine: Engine, a: str, b: str, values: list[float]) -> None:
    assert _rows(engine, a, b) == [("people", values)]


def test_dead_against_dead_not_against_injured(engine: Engine) -> None:
    a = "The bus crash near Nashik killed 14 people, police said."
    b = "Police said 14 people were injured in the bus crash near Nashik, while 22 died."
    facts = [engine.extract_text(t, f"doc{i}.txt") for i, t in enumerate((a, b))]
    (conflict,) = build_story(facts).conflicts
    assert [(v.value, v.document) for v in conflict.values] == [(14.0, "doc0.txt"), (22.0, "doc1.txt")]


@pytest.mark.parametrize(
    ("a", "b"),
    [
        # two things befell them
        (
            "Jean-Jacques Purusi said 42 people were killed in South Kivu.",
            "Jean-Jacques Purusi said 38 people were injured in South Kivu.",
        ),
        # no name in common: two goalies' saves, two games
        (
            "Brandon Montour scored for the Sabres and Linus Ullmark stopped 22 shots.",
            "Meanwhile, Wild goalie Alex Stalock looked strong in his 10th outing this season, stopping 30 shots.",
        ),
        # what the counted said is no event
        (
            "Jean-Jacques Purusi said 42 people said they would stay in South Kivu.",
            "Jean-Jacques Purusi said 38 people said they would stay in South Kivu.",
        ),
        # unrelated documents: one place, two events
        (
            "Fourteen people were killed in a fire near Nashik, police said.",
            "Police said 22 people were killed in the bus crash near Nashik.",
        ),
        # unrelated documents: one kind of event, two places
        (
            "Fourteen people were killed in the bus crash near Nashik, police said.",
            "Police said 22 people were killed in the bus crash near Pune.",
        ),
        # one toll and its part, in both
        (
            "The storm killed 80 people, 40 of them in Valencia, the interior ministry said.",
            "The interior ministry said the storm killed 80 people, 40 of them in Valencia.",
        ),
    ],
)
def test_small_counts_of_two_things_do_not_clash(engine: Engine, a: str, b: str) -> None:
    assert _rows(engine, a, b) == []
