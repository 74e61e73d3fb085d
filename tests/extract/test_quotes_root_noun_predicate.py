"""Quotes: a past tense with an object, coordinated with a participle the parser hung on the sentence's root noun
("The group, X, formed in recent weeks and sent a letter ... stating that ..."), is the sentence's predicate; the
root noun is its subject and speaks for a participle of saying on it."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, rows_of

GROUP = (
    "The group, WeWorkers Coalition, formed in recent weeks and sent a letter to management earlier this month "
    "stating that they \"don't want to be defined by the scandals, the corruption and the greed exhibited by the "
    "company's leadership.\""
)


def test_root_noun_speaks_for_its_predicate(parsed):
    quotes, claims = quotes_and_claims_of(parsed, GROUP)
    assert [q.speaker for q in quotes] == ["WeWorkers Coalition"]
    assert [(c.source, c.cue) for c in claims] == [("WeWorkers Coalition", "stating")]


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "The union sent a letter stating that the workers would strike.",
            ("The union", "that the workers would strike"),
        ),
        (
            "The report, compiled by the agency and published last week, found that prices rose.",
            ("The report", "that prices rose"),
        ),
        ("The man, arrested in May and charged with fraud, said he was innocent.", ("The man", "he was innocent")),
    ],
)
def test_near_misses_keep_their_subjects(parsed, text, row):
    assert rows_of(parsed, text) == [row]
