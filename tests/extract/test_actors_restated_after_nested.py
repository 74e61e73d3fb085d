"""Actors: a name restated in parentheses after a name that holds another ("Meta Platforms (META)", the gazetteer's
"Meta" inside) is the same actor, not the inner name's (probe s28 re-check, A13); a company's name closed by two legal
forms and its name without them are one actor ("Samsung Electronics Co Ltd", "Samsung Electronics")."""

from __future__ import annotations

from extract.actors import extract_mentions, merge_actors


def actors_of(parsed, text: str) -> dict[str, tuple[str, int]]:
    doc, rep = parsed(text)
    return {a.name: (a.kind, a.mentions) for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


def test_a_ticker_after_a_name_holding_a_place_is_the_company(parsed) -> None:
    actors = actors_of(parsed, "The Federal Trade Commission (FTC) sued Meta Platforms (META) on Tuesday.")
    assert actors.get("Meta Platforms", ("", 0))[0] == "organization", actors
    assert all(kind != "place" for kind, _ in actors.values()), actors


def test_two_legal_forms_and_none_are_one_company(parsed) -> None:
    actors = actors_of(parsed, "Samsung Electronics Co Ltd said profit fell. Samsung Electronics later cut prices.")
    assert [n for _, n in actors.values()] == [2], actors
