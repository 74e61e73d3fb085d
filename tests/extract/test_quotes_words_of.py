"""Quotes: a line right after a quote that names whose words they were ('That was the message from X', 'those were
the words of X', 'was the verdict of X', 'That is how X summed up ...') gives the quote to X. Before, the quote had
no row or went on with the speaker before."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [(q.speaker, q.cue) for q in quotes]


# Brief s29 ('That was the message from X'); probe s29 Q-P11, s28 Q-P8 (MED)
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            '"We will rebuild" - those were the words of Mayor Elena Ruiz as she toured the damage.',
            [("Elena Ruiz", "words")],
        ),
        ('"We will rebuild." That was the message from Mayor Elena Ruiz on Tuesday.', [("Elena Ruiz", "message")]),
        (
            'Mayor Karen Bass said the city was ready. "We have crews on every corner." That was the message from '
            "Fire Chief Kristin Crowley.",
            [("Kristin Crowley", "message")],
        ),
        # (test_quotes_after_report left this one open; the line names its owner)
        (
            "Mayor Bill de Blasio said the city would reopen schools next month. “We will not reopen until it is "
            "safe for every teacher.” That was the response of union president Michael Mulgrew.",
            [("Michael Mulgrew", "response")],
        ),
        (
            '"There is no plan B." That is how UN Secretary-General António Guterres summed up the talks.',
            [("António Guterres", "summed")],
        ),
    ],
)
def test_the_line_after_names_whose_words(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows


# Look-alikes: the line after names no one, so the quote goes on with the speaker before, as it did
@pytest.mark.parametrize(
    "after",
    ["That is how the fire started.", "That was the message of the day.", "Those were the words on every sign."],
)
def test_a_line_that_names_no_one(parsed, after) -> None:
    text = f'Mayor Karen Bass said the city was ready. "We have crews on every corner." {after}'
    assert _rows(parsed, text) == [("Karen Bass", "said")]


# Review s29 rev1 R7 (MED): a determiner or a possessive before the owner
@pytest.mark.parametrize(
    ("text", "speaker_text"),
    [
        ('"No surrender." Those were the words of the protesters who marched on parliament.', "the protesters"),
        ('"We will rebuild." That was the message from the town\'s mayor, Elena Ruiz, on Tuesday.', "Elena Ruiz"),
    ],
)
def test_the_owner_after_a_determiner(parsed, text, speaker_text) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker_text for q in quotes] == [speaker_text]
