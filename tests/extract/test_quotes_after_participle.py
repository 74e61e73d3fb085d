"""Quotes: a name between the comma closing an opening participle clause and a cue the parser left without a subject
speaks ('Asked whether he would pardon his son, President Joe Biden said: "No."', where the name became an apposition
of "son"): before, no row."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of


# Probe s28 Q-P28 (MED; re-checked s29)
@pytest.mark.parametrize(
    ("text", "speaker"),
    [
        ('Asked whether he would pardon his son, President Joe Biden said: "No."', "Joe Biden"),
        # as before
        ('Asked whether he would run, the senator said: "No."', None),
        ('Asked about the report, Senator Jane Smith said: "It is false."', "Jane Smith"),
    ],
)
def test_the_name_after_the_clause_speaks(parsed, text, speaker) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [speaker]
