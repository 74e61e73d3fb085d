"""Actors: a royal title before one given name ("Queen Elizabeth", "King Charles", "Pope Benedict") names the person
the story also names by that given name and a regnal number ("Elizabeth II"), when it names exactly one such; in one
document or across documents, merged at once or one document at a time."""

from __future__ import annotations

import pytest

from extract.actors import MergeMemo, merge_actors, merge_documents
from extract.records import Mention


def _doc(path: str, *names: str) -> tuple[Mention, ...]:
    out = []
    start = 0
    for name in names:
        role = name.split()[0] if name.split()[0] in ("Queen", "King", "Pope") else None
        out.append(Mention(name, name, "person", start, start + len(name), path, role, "PERSON"))
        start += len(name) + 9
    return tuple(out)


def _actors(docs: list[tuple[Mention, ...]]) -> dict[str, tuple[str, ...]]:
    actors, _ = merge_actors([m for ms in docs for m in ms])
    assert (actors, _) == merge_documents(docs, MergeMemo())
    return {a.name: a.aliases for a in actors}


@pytest.mark.parametrize(
    "docs",
    [
        [_doc("a.txt", "Prince Andrew", "Queen Elizabeth"), _doc("b.txt", "Elizabeth II")],
        [_doc("a.txt", "Elizabeth II"), _doc("b.txt", "Queen Elizabeth", "Prince Andrew")],
        [_doc("a.txt", "Queen Elizabeth", "Prince Charles", "Elizabeth II")],
    ],
)
def test_a_titled_given_name_joins_the_one_regnal_name(docs) -> None:  # noqa: ANN001
    actors = _actors(docs)
    assert actors["Elizabeth II"] == ("Queen Elizabeth",)
    assert "Queen Elizabeth" not in actors


@pytest.mark.parametrize(
    ("docs", "apart"),
    [
        # Two kings of that name: which one is meant is not known.
        ([_doc("a.txt", "King Charles"), _doc("b.txt", "Charles II", "Charles III")], "King Charles"),
        # Another given name, or no regnal number.
        ([_doc("a.txt", "Pope Francis"), _doc("b.txt", "Benedict XVI")], "Pope Francis"),
        ([_doc("a.txt", "Queen Elizabeth"), _doc("b.txt", "Elizabeth Warren")], "Queen Elizabeth"),
        # One letter is no sure numeral ("Jet Li").
        ([_doc("a.txt", "King Jet"), _doc("b.txt", "Jet Li")], "King Jet"),
    ],
)
def test_near_misses_stay_apart(docs, apart: str) -> None:  # noqa: ANN001
    actors = _actors(docs)
    assert apart in actors
    assert actors[apart] == ()
