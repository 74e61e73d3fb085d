"""Quotes: a quote that ends in a comma and is followed by a clause of its own sentence ('“No, you are,” Jones
snapped.') names its speaker there, whatever the verb ('shot back', 'chimed in', 'laughed', 'came the reply from
X'): it never goes on with the speaker of the sentence before. A quote followed by a clause of a named person
that is no way of saying it ('“Goodbye,” Trump left the stage.') is no one's."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str | None]]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [(q.speaker_text, q.cue) for q in quotes]


# Probe s29 Q-P8 (HIGH): the reply went to the speaker before
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            '"Trump has no idea what he is doing," Senator Schumer said. "Biden left us a mess," Trump shot back.',
            [("Senator Schumer", "said"), ("Trump", "shot back")],
        ),
        (
            '"Trump has no idea what he is doing," Senator Schumer said. "Biden left us a mess," Trump countered.',
            [("Senator Schumer", "said"), ("Trump", "countered")],
        ),
        (
            '"You are wrong," Smith told the committee. "No, you are," Jones snapped.',
            [("Smith", "told"), ("Jones", "snapped")],
        ),
        (
            '"You are wrong," Smith told the committee. "No, you are," Jones chimed in.',
            [("Smith", "told"), ("Jones", "chimed in")],
        ),
        (
            '"You are wrong," Smith told the committee. "No, you are," came the reply from Jones.',
            [("Smith", "told"), ("Jones", "came the reply")],
        ),
        (
            '"We will win," said coach Ange Postecoglou. "They always say that," laughed Mikel Arteta.',
            [("coach Ange Postecoglou", "said"), ("Mikel Arteta", "laughed")],
        ),
        (
            '"We will rebuild," Mayor Karen Bass said on Monday. "It will take years," the mayor laughed.',
            [("Mayor Karen Bass", "said"), ("the mayor", "laughed")],
        ),
        # the quote split by the clause goes on with it
        (
            '"You are wrong," Smith told the committee. "No, you are," Jones shot back, "and you know it."',
            [("Smith", "told"), ("Jones", "shot back"), ("Jones", "shot back")],
        ),
        # a speech verb, as before
        (
            '"You are wrong," Smith told the committee. "No, you are," Jones said.',
            [("Smith", "told"), ("Jones", "said")],
        ),
        # a stand-alone quote after the attribution goes on with it, as before
        (
            '"We will rebuild," Mayor Karen Bass said. "It will take years." Residents were less sure.',
            [("Mayor Karen Bass", "said"), ("Mayor Karen Bass", "said")],
        ),
    ],
)
def test_the_clause_after_a_quote_names_its_speaker(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows


def test_speaker_resolves_through_the_clause(parsed) -> None:
    text = (
        '"You are wrong," Senator Mary Smith told the committee. "No, you are," Senator Tom Jones snapped. '
        '"Sit down," Smith replied.'
    )
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == ["Mary Smith", "Tom Jones", "Mary Smith"]


# Look-alikes: words after the quote that name no speaker give no row (never the speaker before)
@pytest.mark.parametrize(
    "text",
    [
        '"Thank you all," Senator Jane Smith said. "Goodbye," Trump left the stage.',
    ],
)
def test_words_that_name_no_speaker_give_no_row(parsed, text) -> None:
    assert len(_rows(parsed, text)) == 1


def test_an_aside_after_a_quote_keeps_its_speaker(parsed) -> None:
    # the 160 articles, 3d8f3404cf97: the writer's aside after the quote is no speaker's slot
    text = (
        '"Anything we wrote had to have a fond hint of Scotland," Steenburgen said. "So I called one of my best '
        'friends, a Scottish woman," a detail that dovetails eerily well with the plot of the film.'
    )
    assert _rows(parsed, text) == [("Steenburgen", "said"), ("Steenburgen", "said")]


def test_a_passive_names_no_speaker(parsed) -> None:
    # '“...?” Jones was asked': Jones did not ask it
    assert _rows(parsed, '"Will you run again?" Jones was asked at the rally.') == []


# Brief s29 (machine translation): the comma after the closing mark ('“...”, he indicated'), as European copy writes it
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            'The minister visited the border on Monday. "We have reinforced the border", he indicated.',
            [("he", "indicated")],
        ),
        (
            'Salvador Illa spoke at the rally. "We will defend what belongs to us", added Illa in Barcelona.',
            [("Illa", "added")],
        ),
        (
            'Mayor Karen Bass toured the damage. "We will rebuild", she said.',
            [("she", "said")],
        ),
    ],
)
def test_a_comma_after_the_closing_mark(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows
