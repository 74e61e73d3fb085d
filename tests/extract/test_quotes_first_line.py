"""Quotes and claims: a story's first line is read as a headline ('Clean Energy Is Possible, Lindsey Graham Says')
only when more text follows it, its claim stops at its own sentence, and a verb with a count of goods for its object
('Ford recalled 240,000 SUVs') reports no words there either. And "recall" with an object calls goods or people back
("Mexico recalled its ambassador"), reporting nothing."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str]]:
    return [(c.source, c.text) for c in claims_of(parsed, text)]


# Probe s28 Q-P9, Q-P12: the claim ran over the next sentence, another source's.
@pytest.mark.parametrize(
    ("text", "cue"),
    [
        ("Officials said the outage would last hours. Microsoft said it was working on a fix.\n", "Officials"),
        ("Putin said the war would last months. Moscow said it seeks a settlement.\n", "Putin"),
        (
            'Ford recalled 240,000 SUVs. "We are disappointed," the carmaker said.\n\nDealers will fix them for free.',
            "Ford",
        ),
        ("Ford added 300 jobs in Ohio.\n\nThe plant will open in May.", "Ford"),
    ],
)
def test_no_claim_runs_over_the_next_sentence(parsed, text, cue) -> None:
    rows = _rows(parsed, text)
    assert not [r for r in rows if ". " in r[1].strip(". ")], rows
    assert not [r for r in rows if r[0] == cue and r[1].endswith(("SUVs", "Ohio"))], rows


@pytest.mark.parametrize(
    ("text", "row"),
    [
        # a headline the parser misses in title case is still read by position
        (
            "Clean Energy Is Possible, Lindsey Graham Says\n\nSenator Lindsey Graham said on Tuesday that clean energy "
            "was possible.",
            ("Lindsey Graham", "Clean Energy Is Possible"),
        ),
        (
            "Sanders Vows To Eliminate Tax Breaks\n\nBernie Sanders said he would end tax breaks.",
            ("Bernie Sanders", "To Eliminate Tax Breaks"),
        ),
        (
            "Biden says he will sign the bill\n\nPresident Joe Biden said on Tuesday he would sign the bill.",
            ("Joe Biden", "he will sign the bill"),
        ),
    ],
)
def test_headline_still_read(parsed, text, row) -> None:
    assert row in _rows(parsed, text)


@pytest.mark.parametrize(
    "text",
    [
        "Mexico recalled its ambassador to Peru on Tuesday. The move followed a row over the election.",
        "Ford recalled 240,000 SUVs over a seatbelt fault. Dealers will fix them for free.",
    ],
)
def test_recall_calls_back(parsed, text) -> None:
    assert [r for r in _rows(parsed, text) if r[0] in ("Mexico", "Ford")] == []


@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Smith recalled his first meeting with Putin in 2001. It was cold, he said.",
            ("Smith", "his first meeting with Putin"),
        ),
        ("Senator Jane Smith recalled that the vote had been close.", ("Jane Smith", "that the vote had been close")),
    ],
)
def test_recall_remembers(parsed, text, row) -> None:
    assert row in _rows(parsed, text)


# Review s28 rev1 Q1 (MED): the one-line story lost the officials' claim; the parser read "would last hours" as a
# noun phrase ("last" an adjective of "hours"), leaving "said" with nothing of its own.
@pytest.mark.parametrize(
    ("text", "row"),
    [
        (
            "Officials said the outage would last hours. Microsoft said it was working on a fix.\n",
            ("Officials", "the outage would last hours"),
        ),
        (
            "The union said the strike could last weeks. Ottawa said it would intervene.",
            ("The union", "the strike could last weeks"),
        ),
        # probe s28 Q-P10: 'reportedly' changed the parse the same way
        (
            "Putin reportedly told aides that the war would last years. The Kremlin has not commented.",
            ("Putin", "that the war would last years"),
        ),
    ],
)
def test_broken_clause_after_said(parsed, text, row) -> None:
    assert row in [(c.source_text, c.text) for c in claims_of(parsed, text)]
