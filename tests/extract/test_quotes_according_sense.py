"""Quotes: "according to" in the sense "in keeping with" or "depending on" cites no one: 'went ahead according to plan
on Saturday', 'according to script', 'According to legend', 'Prices vary according to region', 'ranked according
to their results', 'acted according to orders'. Before, each was a claim, one with the source 'plan on Saturday'."""

from __future__ import annotations

import pytest

from tests.extract.helpers import claims_of


def _rows(parsed, text: str) -> list[tuple[str | None, str, str]]:
    return [(c.source_text, c.cue, c.text) for c in claims_of(parsed, text)]


# Probe s29 Q-P9 (MED-HIGH)
@pytest.mark.parametrize(
    "text",
    [
        "The launch went ahead according to plan on Saturday.",
        "Everything went according to script for the home side.",
        "Prices vary according to region and season.",
        "Players are ranked according to their results over the past year.",
        "According to legend, the castle was built in a single night.",
    ],
)
def test_no_source_no_claim(parsed, text) -> None:
    assert _rows(parsed, text) == []


def test_the_reporter_keeps_the_whole_sentence(parsed) -> None:
    rows = _rows(parsed, "The troops acted according to orders, the general said.")
    assert rows == [("the general", "said", "The troops acted according to orders")]


# Look-alikes that cite, as before
@pytest.mark.parametrize(
    ("text", "source"),
    [
        ("Prices varied, according to traders in Lagos.", "traders in Lagos"),
        ("The deal was close, according to a draft plan obtained by The Associated Press.", "a draft plan"),
        ("Things went badly, according to officials.", "officials"),
        ("According to the legend's author, the castle was built in a night.", "the legend's author"),
    ],
)
def test_a_source_still_cites(parsed, text, source) -> None:
    assert [r[0] for r in _rows(parsed, text)] == [source]


# Review s29 rev1 R3 (MED): a source after such a verb, with no comma, still cites
@pytest.mark.parametrize(
    ("text", "source"),
    [
        (
            "Wages vary widely according to a new report by the International Labour Organization.",
            "a new report by the International Labour Organization",
        ),
        ("Results differ according to the survey's authors, who said the sample was small.", "the survey's authors"),
    ],
)
def test_a_source_after_a_measure_verb(parsed, text, source) -> None:
    assert source in [r[0] for r in _rows(parsed, text) if r[1] == "according to"]
