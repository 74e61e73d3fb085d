"""Quotes: the dateline that opens a sentence is no part of what is reported and no claim of its own, wherever the
sentence starts (after a byline on the same line too), with two towns or a parenthetical participle after it; and a
person named like a town ("Jackson – the team's captain –") is no dateline (review s19 r1, of fca9445)."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


@pytest.mark.parametrize(
    ("text", "content"),
    [
        (
            "By Jane Roe, Reuters. MOSCOW (Reuters) - Russia will cut oil output by 5%, Deputy Prime Minister"
            " Alexander Novak said on Monday.",
            "Russia will cut oil output by 5%",
        ),
        (
            "ANKARA, Turkey — President Recep Tayyip Erdogan, speaking to reporters on Friday, said Turkey would not"
            " back down.",
            "Turkey would not back down",
        ),
        (
            "NEW DELHI/MUMBAI (Reuters) - Finance Minister Arun Jaitley, speaking at a conference, said the budget"
            " would pass.",
            "the budget would pass",
        ),
        (
            # review s19 r1a MED-6: an accented town that repair recases and the tagger does not know
            "SÃO PAULO (Reuters) - Brazil's central bank will cut rates, economists said.",
            "Brazil's central bank will cut rates",
        ),
        (
            "Jackson – the team's captain – was injured in practice, the coach said.",
            "Jackson – the team's captain – was injured in practice",
        ),
    ],
)
def test_the_dateline_is_no_claim(parsed, text: str, content: str) -> None:
    assert [c.text for c in claims_of(parsed, text)] == [content]


@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "NEW DELHI/MUMBAI (Reuters) - Finance Minister Arun Jaitley, speaking at a conference, said the budget"
            " would pass.",
            "Arun Jaitley",
        ),
        (
            "By Jane Roe, Reuters. MOSCOW (Reuters) - Russia will cut oil output by 5%, Deputy Prime Minister"
            " Alexander Novak said on Monday.",
            "Alexander Novak",
        ),
        (
            "HONG KONG, March 3 (Reuters) - Hong Kong leader Carrie Lam, speaking on Tuesday, said the protests must"
            " end.",
            "Carrie Lam",
        ),
    ],
)
def test_the_speaker_after_the_dateline(parsed, text: str, source: str) -> None:
    # review s19 r1a HIGH-4: a subject five tokens in (two towns and an agency) is still past the dateline.
    assert [c.source for c in claims_of(parsed, text)] == [source]


# The shared reader (datelines.opening) at a sentence's start: accented towns, press-release datelines, a name before
# an aside (review s19 r1b MED-16, MED-18, MED-5).
@pytest.mark.parametrize(
    ("text", "source_text", "content"),
    [
        ("ZÜRICH (Reuters) - UBS said on Monday that it would cut 500 jobs.", "UBS", "that it would cut 500 jobs"),
        ("IBM — the company's biggest rival — said it would cut prices.", "IBM — the company's biggest rival", None),
        (
            "NEW YORK, Jan. 5, 2024 /PRNewswire/ -- Acme Corp announced that it would buy Beta Inc.",
            "Acme Corp",
            "that it would buy Beta Inc",
        ),
        (
            "SAN FRANCISCO--(BUSINESS WIRE)--Acme Inc. today announced that revenue rose 5%.",
            "Acme Inc",
            "that revenue rose 5%",
        ),
    ],
)
def test_read_by_the_shared_reader(parsed, text: str, source_text: str, content: str | None) -> None:
    rows = [(c.source_text, c.text) for c in claims_of(parsed, text)]
    assert [s for s, _ in rows] == [source_text]
    if content is not None:
        assert [c for _, c in rows] == [content]


def test_the_speakers_text_starts_after_the_dateline(parsed) -> None:
    # review s19 r2c MED-10: 'Nov' hung on 'leaders' took the date and agency into who spoke.
    text = "BRUSSELS/LONDON, Nov 1 (Reuters) - European leaders, meeting in Brussels, said the deal was dead."
    assert [c.source_text for c in claims_of(parsed, text)] == ["European leaders"]


def test_the_wire_agency_is_no_company(parsed) -> None:
    # review s19 r2c MED-11: "the company" is never the agency of the dateline.
    text = "SAN FRANCISCO/NEW YORK (Reuters) - Twitter will cut 10 percent of its staff, the company said."
    assert [c.source for c in claims_of(parsed, text)] == [None]  # Twitter is no actor in this one sentence (LOW-17)


def test_the_speaker_hung_on_the_town(parsed) -> None:
    # review s19 r2c MED-4 / r1a MED-5: the parser hangs the town on 'said' as a clause, the governor as its apposition.
    text = "UVALDE, Texas (AP) — Gov. Greg Abbott, speaking at a news conference, said the gunman acted alone."
    assert [(c.source, c.cue, c.text) for c in claims_of(parsed, text)] == [
        ("Greg Abbott", "said", "the gunman acted alone")
    ]


# Pinned (review s19 r2c): a camel-case brand opens the story after a wire dateline, and an untagged date in a dateline.
def test_pinned_wire_leads(parsed) -> None:
    text = "LONDON (Reuters) - easyJet will cut 4,500 jobs, the airline said on Tuesday."
    assert [c.text for c in claims_of(parsed, text)] == ["easyJet will cut 4,500 jobs"]
    text = "BRUSSELS, Feb 2 (Reuters) - The European Union's top diplomat, Josep Borrell, said the talks had failed."
    assert [c.source for c in claims_of(parsed, text)] == ["Josep Borrell"]
