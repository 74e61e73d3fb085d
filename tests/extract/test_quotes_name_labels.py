"""Quotes: a body line that is a person's name, a colon and a quote ('Ed Davey: "The government must come clean."')
is that person's quote, also when the tagger does not know the name: a common given name opens it. An office or a
heading before the colon names no one."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str]]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return [(q.speaker, q.text) for q in quotes]


# Brief s29 (labels); probe s29 a35
@pytest.mark.parametrize(
    ("text", "rows"),
    [
        (
            'The Liberal Democrats attacked the plan on Monday.\n\nEd Davey: "The government must come clean."',
            [("Ed Davey", "The government must come clean.")],
        ),
        ('Ed Davey: "The government must come clean."', [("Ed Davey", "The government must come clean.")]),
        (
            'Leaders reacted on Monday.\n\nNigel Farage: "This is a betrayal of Brexit."',
            [("Nigel Farage", "This is a betrayal of Brexit.")],
        ),
    ],
)
def test_a_name_label_before_a_quote(parsed, text, rows) -> None:
    assert _rows(parsed, text) == rows


@pytest.mark.parametrize(
    "line",
    ['Prime Minister: "We will not be moved."', 'Breaking News: "Markets fell."', "Ed Davey: the government must act."],
)
def test_no_name_or_no_quote_no_label(parsed, line) -> None:
    assert _rows(parsed, f"Leaders reacted on Monday.\n\n{line}") == []


# Review s29 rev1 R9 (MED): a quote with its own cue after it is no label's
def test_a_quote_with_its_own_cue(parsed) -> None:
    _, claims = quotes_and_claims_of(
        parsed, 'Farmers met on Monday.\n\nJordan Valley: "We have nowhere else to go," say farmers'
    )
    assert [c.cue for c in claims] == ["say"]
