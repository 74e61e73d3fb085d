"""Actors: full names the tagger missed or cut, when the document vouches for them (lead s26 inbox, probe class 2 and
the joint titled names): a given name and a surname after a title's portfolio ("Minister of Health Ana Reyes and
Minister of Finance Paulo Dias said"), a portfolio the tagger took into the name ("Secretary of Labour Grace Mbeki"),
and a one-word company after a sentence-opening plural ("Shares of Nvidia fell"), which is no piece of a longer name."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, mentions_of


def _people(parsed, text: str) -> dict[str, str | None]:
    return {m.name: m.role for m in mentions_of(parsed, text) if m.kind == "person"}


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            "Minister of Health Ana Reyes and Minister of Finance Paulo Dias said the budget was ready.",
            {"Ana Reyes": "Minister of Health", "Paulo Dias": "Minister of Finance"},
        ),
        # The surname tagged alone, with the given name left out, in the same name.
        (
            "Sources close to Minister of Health Ana Reyes said she would resign. Reyes declined to comment.",
            {"Ana Reyes": "Minister of Health"},
        ),
        (
            "Tom Hill, chairman, and Ana Reyes, chief executive, said the deal was done.",
            {"Tom Hill": "chairman", "Ana Reyes": "chief executive"},
        ),
        # The given name left out of a surname the tagger calls a person, however common the surname is as a word.
        ("Anders Lee scored in overtime to lift the New York Islanders on Tuesday night.", {"Anders Lee": None}),
        # The portfolio taken into the name by the tagger.
        (
            "Secretary of Labour Grace Mbeki and Secretary of Trade Hugo Lindqvist met the unions.",
            {"Grace Mbeki": "Secretary of Labour", "Hugo Lindqvist": "Secretary of Trade"},
        ),
        (
            "Director of Planning Maria Okafor and Director of Transport Luis Brandt signed the order on Monday.",
            {"Maria Okafor": "Director of Planning", "Luis Brandt": "Director of Transport"},
        ),
    ],
)
def test_a_titled_full_name_the_tagger_missed(parsed, text: str, expected: dict[str, str | None]) -> None:
    found = _people(parsed, text)
    assert {name: found.get(name, "missing") for name in expected} == expected, found


def test_joint_titled_speakers_are_both_sources(parsed) -> None:
    text = "Minister of Health Ana Reyes and Minister of Finance Paulo Dias said the budget was ready."
    assert [c.sources for c in claims_of(parsed, text)] == [("Ana Reyes", "Paulo Dias")]


def test_the_surname_alone_is_the_titled_person(parsed) -> None:
    text = (
        "Minister of Health Ana Reyes and Minister of Finance Paulo Dias announced a new hospital budget on Tuesday. "
        "Reyes said the money would fund 3,000 nurses. Dias said the spending was within the deficit target."
    )
    sources = {c.text: c.source for c in claims_of(parsed, text)}
    assert sources.get("the money would fund 3,000 nurses") == "Ana Reyes", sources


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Shares of Nvidia fell 4% on Thursday.", {"Nvidia": "organization"}),
        (
            "Shares of Tesla rose 5% on Friday. Analysts at Barclays said the rally was overdone. Shares of Nvidia "
            "also climbed.",
            {"Tesla": "organization", "Nvidia": "organization", "Barclays": "organization"},
        ),
        ("Officials of Tesla declined to comment.", {"Tesla": "organization"}),
        # Kept: a place stays one; a title's "of" heads no name of its own.
        ("Officials of Santa Clara said the roads were closed.", {"Santa Clara": "place"}),
        ("Secretary of State said nothing.", {}),
    ],
)
def test_a_company_after_a_sentence_opening_plural(parsed, text: str, expected: dict[str, str]) -> None:
    assert {m.name: m.kind for m in mentions_of(parsed, text)} == expected


@pytest.mark.parametrize(
    "text",
    [
        # Review s26 rev4 MED: a month or a weekday opens a date, not a name, and so may the word after a preposition.
        "In May Lee won the seat with 60 percent of the vote. Lee thanked voters on Tuesday.",
        "In April Lee won the primary by 300 votes. Lee thanked voters on Tuesday.",
    ],
)
def test_a_month_is_no_given_name(parsed, text: str) -> None:
    names = {m.name for m in mentions_of(parsed, text)}
    assert not {"May Lee", "April Lee"} & names, names
