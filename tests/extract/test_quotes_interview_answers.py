"""Claims: the answers of a question-and-answer interview are the words of the one person the story names."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


# Probe s25 (12) and s26 (44): a "Q:"/"A:" interview gave no rows at all.
def test_answers_are_the_interviewees(parsed) -> None:
    text = (
        "Q: Why did you leave the club?\n"
        "A: It was time. I had given everything I could.\n"
        "Q: Will you coach again?\n"
        "A: Never say never, but not for a while.\n"
        "The interview with former goalkeeper Paolo Conti was conducted by phone on Sunday.\n"
    )
    rows = [(c.source, c.kind, c.text) for c in claims_of(parsed, text)]
    assert rows == [
        ("Paolo Conti", "direct", "It was time. I had given everything I could"),
        ("Paolo Conti", "direct", "Never say never, but not for a while"),
    ]


# Probe s26 (44): the paper the senator spoke to is no second person, whatever the tagger made of it.
def test_the_paper_is_no_interviewee(parsed) -> None:
    text = (
        "Q: Will you run again?\nA: I haven't decided. My family comes first.\n\n"
        "The senator, Joan Whitfield, spoke to the Herald on Tuesday.\n"
    )
    assert [c.source for c in claims_of(parsed, text)] == ["Joan Whitfield"]


# Nothing: answers with no question lines (a list), or two people named as often.
@pytest.mark.parametrize(
    "text",
    [
        "A: It was time.\nA: Never again.\nPaolo Conti left the club on Sunday.\n",
        "Q: Will you run again?\nA: I have not decided.\nAnna Berg and Paolo Conti met on Sunday.\n",
    ],
)
def test_no_answers(parsed, text: str) -> None:
    assert claims_of(parsed, text) == []


# Review s26 rev4: the most-named person is not the one interviewed unless the story frames them so (or its headline
# names them): an interview about someone else, an explainer's answers.
def test_an_interview_about_someone_else(parsed) -> None:
    text = (
        "Costa on Silva: the captain who changed the club\n\n"
        "Rui Silva left Porto in 2021. Silva, 36, now plays in Lisbon, and Silva's move changed the league. Former"
        " teammate Nuno Costa spoke to us by phone.\n\n"
        "Q: What made him special?\n\nA: His vision. Nobody saw the game like him.\n"
    )
    # (no one, not Rui Silva: the tagger takes 'Nuno Costa' for an organisation, so the one framed is no person)
    assert [c.source for c in claims_of(parsed, text) if c.cue == ":"] in (["Nuno Costa"], [])


def test_an_explainer_has_no_interviewee(parsed) -> None:
    text = (
        "What we know about the new parking rules\n\n"
        "Transport Secretary Alan Pryce announced the rules on Monday. Pryce said they would apply from May, and"
        " Pryce told MPs that fines would rise.\n\n"
        "Q: Who needs a permit?\n\nA: Everyone parking in the centre after 8am.\n"
    )
    assert [c for c in claims_of(parsed, text) if c.cue == ":"] == []
