"""“...” That's according to X.: a quote a pointing-back sentence credits to X is X's, not the earlier reporter's."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes

BASS = "Mayor Karen Bass said the city was prepared. “We have crews on every corner.”"


def rows(parsed, text: str) -> tuple[dict[str, str | None], dict[str, str | None]]:
    doc, rep = parsed(text)
    quotes, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return {q.text.strip("“” "): q.speaker for q in quotes}, {c.text.strip("“” "): c.source for c in claims}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            f"{BASS} That’s according to Fire Chief Kristin Crowley.",
            "We have crews on every corner.",
            "Kristin Crowley",
        ),
        (
            "Coach Andy Reid said the team was healthy. “Everybody is ready to go.” That is according to the "
            "quarterback, Patrick Mahomes.",
            "Everybody is ready to go.",
            "Patrick Mahomes",
        ),
        (
            f"{BASS} That was according to Fire Chief Kristin Crowley, who briefed reporters later.",
            "We have crews on every corner.",
            "Kristin Crowley",
        ),
    ],
)
def test_that_is_according_to_credits_the_quote(parsed, text, quote, speaker):
    quotes, claims = rows(parsed, text)
    assert quotes == {quote: speaker}
    # The reporter's claim keeps only what he reported; the credited sentence's row is the quote, not "That is".
    assert claims[quote] == speaker
    assert not any(k.startswith(("That", "who")) for k in claims)
    assert all("crews on every corner" not in k and "ready to go" not in k for k, v in claims.items() if v != speaker)


@pytest.mark.parametrize(
    "after",
    [
        "Crews worked all night, according to Fire Chief Kristin Crowley.",  # a source of another statement
    ],
)
def test_credited_elsewhere_leaves_the_quote_open(parsed, after):
    quotes, _ = rows(parsed, f"{BASS} {after}")
    assert quotes == {}


@pytest.mark.parametrize(
    "after",
    [
        "Fire Chief Kristin Crowley practiced on Wednesday.",  # a person who only acts
        "That was the plan all along.",  # a pointing-back sentence with no 'according to'
    ],
)
def test_reporter_keeps_the_quote(parsed, after):
    quotes, _ = rows(parsed, f"{BASS} {after}")
    assert quotes == {"We have crews on every corner.": "Karen Bass"}


# A record under "according to" recorded the words; they stay the earlier speaker's (review r3 M2), and "That's" is
# no claim of its own.
@pytest.mark.parametrize(
    "after",
    [
        "That’s according to a transcript released by Downing Street.",
        "That’s according to a report in the Los Angeles Times.",
    ],
)
def test_outlet_or_document_credited_keeps_the_reporter(parsed, after):
    quotes, claims = rows(parsed, f"{BASS} {after}")
    assert quotes == {"We have crews on every corner.": "Karen Bass"}
    assert not any(k.startswith("That") for k in claims)


# Any other source we cannot name as a person (an outlet, a relative, a surname the tagger calls a place) says or
# reports the words itself: the quote is never the earlier speaker's (final review H1 of 462eeb2), nor the outlet's.
@pytest.mark.parametrize(
    "after",
    [
        "That’s according to The Associated Press.",
        "That’s according to CNN.",
        "That’s according to her sister.",
        "That’s according to the city’s fire chief.",
        "That’s according to the city’s website.",
    ],
)
def test_an_unnamed_or_unknown_source_leaves_the_quote_open(parsed, after):
    quotes, claims = rows(parsed, f"{BASS} {after}")
    assert quotes == {}
    assert not any(k.startswith("That") for k in claims)
