"""Quotes and claims: a title that speaks before the story names its holder ("The transport minister said ...
Transport Minister Budi Santoso later told ...") is the person the next sentences give that title to, when the story
gives it to no one before and to one person only."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of, first_source_of, quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "words", "expected"),
    [
        # probe_q 05 (s25 review, MED 7): None.
        (
            "Officials said at least 14 people were killed when the ferry capsized. The transport minister said an"
            " investigation had been opened. Indonesia's Transport Minister Budi Santoso later told a news conference"
            " that the ferry had been overloaded.",
            "an investigation had been opened",
            "Budi Santoso",
        ),
        (
            "The health secretary said the hospital would stay open. Health Secretary Maria Jensen visited the ward on"
            " Friday.",
            "the hospital would stay open",
            "Maria Jensen",
        ),
    ],
)
def test_a_title_named_right_after_it_speaks(parsed, text: str, words: str, expected: str) -> None:
    assert first_source_of(parsed, text, words) == expected


def test_a_quote_by_a_title_named_right_after(parsed) -> None:
    quotes, _ = quotes_and_claims_of(
        parsed,
        "“We will rebuild the bridge,” the mayor said on Monday.\n\nMayor Tom Alvarez toured the site with engineers.",
    )
    assert [q.speaker for q in quotes] == ["Tom Alvarez"]


# Kept: two holders of the title, a holder named far later, or a former one, leave the title unresolved.
@pytest.mark.parametrize(
    "text",
    [
        "The minister said the port would reopen. Finance Minister Ana Costa and Labour Minister Rui Melo met unions.",
        "The minister said the port would reopen. The ships waited. The crews slept on board. Wages were late. Finance"
        " Minister Ana Costa met unions on Friday.",
        # review s25 rev2q HIGH 2: a former or previous holder named next is another person by definition.
        "The president said the economy was strong. Former President Donald Trump said the economy was in ruins.",
        "The judge said the evidence was weak. Former judge Alan Reid, who sat on the case in 2015, said the ruling was"
        " wrong.",
        "The mayor said the city would sue. The city's previous mayor, Sam Fox, said the suit would fail.",
        "The minister said the port would reopen. Ex-minister Rui Melo said the port should stay shut.",
        "The coach said the team would rest. Outgoing coach Pat Riley toured the gym.",
    ],
)
def test_an_unclear_title_stays_unresolved(parsed, text: str) -> None:
    first = claims_of(parsed, text)[0]
    assert first.source is None, (first.source, first.text)
