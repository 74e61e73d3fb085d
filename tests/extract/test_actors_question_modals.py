"""Actors: a modal opening a question before a name and a bare verb ("Will Warren continue ...?") is no given name."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions, merge_actors


def actors_of(parsed, text: str) -> dict[str, tuple[str, ...]]:
    doc, rep = parsed(text)
    return {a.name: a.aliases for a in merge_actors(extract_mentions(doc, rep, "a.txt"))[0]}


def test_a_question_modal_before_a_surname_is_no_given_name(parsed) -> None:
    text = (
        "As much as Joe Biden is still a front-runner, so are Elizabeth Warren and Bernie Sanders. Warren was under "
        "near-constant attack last month as a new leader. Will Warren continue to face the heat, or will the "
        "ascendant Buttigieg rise?"
    )
    actors = actors_of(parsed, text)
    assert "Will Warren" not in actors
    assert "Warren" in actors["Elizabeth Warren"]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: the given name "Will" in a statement, and before a verb that is not bare.
        "Will Smith starred in the film. Smith said he liked the script.",
        "Will Smith said the sequel was ready. Will Smith's fans cheered?",
        # A question about a person called Will, whom the story names by no other full name (review s17 LOW-2).
        "Will Forte host Saturday Night Live again? Forte said he would love to.",
    ],
)
def test_the_given_name_will_stays(parsed, text: str) -> None:
    assert any(name.startswith("Will ") for name in actors_of(parsed, text))
