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
        # A question about a person called Will, whom the story names in full again and names no one else with
        # that surname (review s17 LOW-2).
        "Will Forte host Saturday Night Live again? Will Forte, a former cast member, said he would love to.",
    ],
)
def test_the_given_name_will_stays(parsed, text: str) -> None:
    assert any(name.startswith("Will ") for name in actors_of(parsed, text))


@pytest.mark.parametrize(
    "text",
    [
        "Will Trump win Pennsylvania again? Trump said on Tuesday that he would campaign there every week.",
        "Will Warren continue to face the heat? Warren said she was not worried about the attacks.",
    ],
)
def test_a_headline_question_over_a_lone_surname_makes_no_person_called_will(parsed, text: str) -> None:
    """The story writes only the surname after the question: 'Will' is the modal (review s17 round 3 HIGH-2)."""
    assert not any(name.startswith("Will ") for name in actors_of(parsed, text))
