"""A cue set off by commas between a sentence's subject and its predicate reports the whole sentence, with whom,
when and where it was told ("The ceasefire, the minister told reporters, would hold"); a dash aside after a person's
name reports only what stands inside the dashes ("Mr. Trump — critics said he lied — won the vote")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import rows_of


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The ceasefire, the minister told reporters, would hold until Friday.",
            ("the minister", "The ceasefire, the minister told reporters, would hold until Friday"),
        ),
        (
            "The ceasefire, the minister said in an interview, would hold until Friday.",
            ("the minister", "The ceasefire, the minister said in an interview, would hold until Friday"),
        ),
        (
            "The ceasefire, the minister said on Monday, would hold until Friday.",
            ("the minister", "The ceasefire, the minister said on Monday, would hold until Friday"),
        ),
        (
            "MOSCOW (Reuters) - The ceasefire, Lavrov told reporters, would hold until Friday.",
            ("Lavrov", "The ceasefire, Lavrov told reporters, would hold until Friday"),
        ),
        ("Mr. Trump \u2014 critics said he lied \u2014 won the vote on Tuesday.", ("critics", "he lied")),
        ("Angela Merkel \u2014 critics said she lied \u2014 won the vote on Tuesday.", ("critics", "she lied")),
        # (review s20 r1a MED) a dash aside holding only the cue after a person's name sources the whole sentence
        (
            "Angela Merkel \u2014 her spokesman told reporters \u2014 would attend the summit.",
            ("her spokesman", "Angela Merkel \u2014 her spokesman told reporters \u2014 would attend the summit"),
        ),
        # (review s20 r2a LOW) an owner's possessive inside the speaker's phrase
        (
            "Joe Biden \u2014 the president's aides said on Monday \u2014 will veto the bill.",
            (
                "the president's aides",
                "Joe Biden \u2014 the president's aides said on Monday \u2014 will veto the bill",
            ),
        ),
        (
            "The plan \u2014 his aides said on Tuesday \u2014 is dead.",
            ("his aides", "The plan \u2014 his aides said on Tuesday \u2014 is dead"),
        ),
    ],
)
def test_aside_reports(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # near misses: a bare "said" aside as before, a clause before the cue, a relative clause, a dateline's dash
        (
            "The ceasefire, the minister said, would hold until Friday.",
            ("the minister", "The ceasefire, the minister said, would hold until Friday"),
        ),
        (
            "Prices rose sharply, the minister said, but wages fell.",
            ("the minister", "Prices rose sharply, the minister said, but wages fell"),
        ),
        ("The new plan, which critics said was rushed, would cost $2 billion.", ("critics", "was rushed")),
        (
            "WASHINGTON \u2014 critics said he lied \u2014 and the vote was won.",
            ("critics", "he lied \u2014 and the vote was won"),
        ),
    ],
)
def test_near_misses(parsed, text: str, row: tuple[str, str]) -> None:
    assert rows_of(parsed, text) == [row]
