"""Quotes in single marks ('...' and ‘...’), as British, Indian and African outlets quote: paired at word edges in a
story with no double marks, never an apostrophe ("don't", "the workers' union", "rock 'n' roll", "the '90s")."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # probe_q v6/a (s25 review, HIGH 4): no quote, and an indirect claim "'We will not back down".
        (
            "'We will keep the plant open,' said Ruth Evans, the firm's chief executive.",
            [("Ruth Evans", "We will keep the plant open,")],
        ),
        (
            "‘The vote was fair,’ Tom Hart said. ‘We accept it.’\n\nThe count ended at midnight.",
            [("Tom Hart", "The vote was fair,"), ("Tom Hart", "We accept it.")],
        ),
        (
            "Finance minister Asha Rao said the country's debt was 'unsustainable' and 'rising fast'.",
            [("Asha Rao", "unsustainable"), ("Asha Rao", "rising fast")],
        ),
    ],
)
def test_single_marks_quote(parsed, text: str, expected: list[tuple[str, str]]) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert [(q.speaker, q.text) for q in quotes] == expected
    assert all(not c.text.startswith("'") for c in claims if c.kind == "direct")


def test_a_split_quote_claim_keeps_its_single_marks(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "'We will not back down,' Paul Novak said. 'This is about fairness.'")
    assert [(c.kind, c.text) for c in claims] == [
        ("direct", "'We will not back down,' Paul Novak said. 'This is about fairness.'")
    ]


# Kept: apostrophes quote nothing, and a story with double marks does not pair its single ones.
@pytest.mark.parametrize(
    "text",
    [
        "The workers' union said it wouldn't strike. Rock 'n' roll fans of the '90s packed the hall at 9 o'clock."
        " The Smiths' house, the Joneses' car and the boss's office were empty. It's the workers' right, the union's"
        " head said.",
        "Officials said the \"plan\" was dead. Fans of the '90s bands' songs said it was 'over'.",
    ],
)
def test_apostrophes_are_no_quotes(parsed, text: str) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in quotes if q.text != "plan"] == []  # (the double-marked "plan" may be one)


# review s25 rev2q MED 4, LOW 11: a mark after an -s before a word closes an open quote when nothing later does;
# MED 5: a claim ending in a single-marked quote keeps its closing mark, as with double marks.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        ("Mayor Jane Holt called the allegations 'baseless lies' and vowed to sue.", ["baseless lies"]),
        ("The minister said the claims were 'nonsense' and 'lies' in a statement.", ["nonsense", "lies"]),
        ("Players said the 'ridiculous' rules were 'unfair on clubs'.", ["ridiculous", "unfair on clubs"]),
        (
            "Ms Khan said the council had shown 'total disregard for residents' and demanded an apology.",
            ["total disregard for residents"],
        ),
        ("'We back the Teachers' Union,' said Rita Moss.", ["We back the Teachers' Union,"]),
        ("He called the plan 'a disaster for workers' rights' and left.", ["a disaster for workers' rights"]),
    ],
)
def test_an_s_before_a_word_may_close(parsed, text: str, quotes: list[str]) -> None:
    found, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in found] == quotes


@pytest.mark.parametrize(
    ("text", "claim"),
    [
        ("Her son said she was 'a fighter'.", "she was 'a fighter'"),
        ("Tax rises are 'inevitable', said the Institute for Fiscal Studies.", "Tax rises are 'inevitable'"),
        ("'It's the best night of the '90s revival,' said fan Joe Hart.", "It's the best night of the '90s revival,"),
    ],
)
def test_a_claim_keeps_its_single_marks_paired(parsed, text: str, claim: str) -> None:
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.text for c in claims] == [claim]


# review s25 rev3q HIGH 2: the last -s mark of the paragraph closed the quote, running it on to a later plural's
# possessive; the parse tells a possessor (the -s word possesses a word after it) from a closing mark.
@pytest.mark.parametrize(
    ("text", "quotes"),
    [
        (
            "Residents called the 'road closures' unfair and said the councillors' plan should be scrapped.",
            ["road closures"],
        ),
        ("The union said the 'pay talks' were over and the workers' patience had run out.", ["pay talks"]),
        ("He called it 'an insult to the workers' families' and left.", ["an insult to the workers' families"]),
        ("Fans said the 'ticket prices' were too high and the owners' promises empty.", ["ticket prices"]),
    ],
)
def test_a_later_possessive_does_not_run_a_quote_on(parsed, text: str, quotes: list[str]) -> None:
    found, _ = quotes_and_claims_of(parsed, text)
    assert [q.text for q in found] == quotes
