"""“X said Y did Z — “...,” he said”: the quote after the dash is the reporter's, not the person reported on."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def speakers_of(parsed, text: str) -> dict[str, str | None]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return {q.text.strip("“”, "): q.speaker for q in quotes}


@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Schumer said McConnell has blocked every bill this year — “He is the grim reaper of the Senate,” he said.",
            "He is the grim reaper of the Senate",
            "Schumer",
        ),
        (
            "Coach Bill Belichick said Tom Brady has earned the starting job — “He works harder than anyone I have "
            "coached,” he said.",
            "He works harder than anyone I have coached",
            "Bill Belichick",
        ),
        (
            "Obama said Biden had been a loyal partner — “He never once let me down,” he said.",
            "He never once let me down",
            "Obama",
        ),
        (
            "The mayor, Eric Adams, said Governor Kathy Hochul has failed the city — “She has not sent a single "
            "dollar,” he said.",
            "She has not sent a single dollar",
            "Eric Adams",
        ),
        # adverbials and the cue's object between the cue and the reported clause
        (
            "Schumer said on Tuesday that McConnell has blocked every bill — “He is the grim reaper,” he said.",
            "He is the grim reaper",
            "Schumer",
        ),
        (
            "Schumer said at a news conference that McConnell has blocked every bill — “He is the grim reaper of "
            "the Senate,” he said.",
            "He is the grim reaper of the Senate",
            "Schumer",
        ),
        (
            "Schumer said on Tuesday, after the vote, that McConnell has blocked every bill — “He is the grim "
            "reaper,” he said.",
            "He is the grim reaper",
            "Schumer",
        ),
        # near misses: a clause before the dash that is the sentence's own statement is its subject's
        (
            "Schumer said so. McConnell has blocked every bill this year — “I will not apologize for it,” he said.",
            "I will not apologize for it",
            "McConnell",
        ),
        (
            "Schumer said on Tuesday that he would run. McConnell has blocked every bill — “I will not apologize "
            "for it,” he said.",
            "I will not apologize for it",
            "McConnell",
        ),
        (
            "Schumer spoke first. McConnell has blocked every bill this year — “I will not apologize for it,” he said.",
            "I will not apologize for it",
            "McConnell",
        ),
        (
            "Smith said on Monday that he would run. Yet Jones has already amended his testimony once — “I now do "
            "recall,” he said.",
            "I now do recall",
            "Jones",
        ),
    ],
)
def test_dash_quote_after_report(parsed, text, quote, speaker):
    assert speakers_of(parsed, text).get(quote) == speaker


# The closing "he said" after a report with a dash reports the quote only, not the whole sentence with the report
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "Schumer said McConnell has blocked every bill this year — “He is the grim reaper of the Senate,” he said.",
            "He is the grim reaper of the Senate",
        ),
        (
            "Schumer said on Tuesday that McConnell has blocked every bill — “He is the grim reaper,” he said.",
            "He is the grim reaper",
        ),
        (
            "Senate Majority Leader Chuck Schumer told reporters on Tuesday that Mitch McConnell has blocked every "
            "bill this year — “He is the grim reaper,” he said.",
            "He is the grim reaper",
        ),
        (
            "Obama said Biden had been a loyal partner — “He never once let me down,” he said.",
            "He never once let me down",
        ),
    ],
)
def test_closing_cue_after_report_claims_the_quote(parsed, text, quote):
    assert [c.strip("“”, ") for c in claims_said_by(parsed, text, "he")] == [quote]


# near miss: a closing "X said" after a plain sentence still reports all of it
def test_closing_cue_after_plain_sentence(parsed):
    text = "The plan is dead, but the talks will go on, another source said."
    assert claims_said_by(parsed, text, "another source") == ["The plan is dead, but the talks will go on"]


def claims_said_by(parsed, text: str, said: str) -> list[str]:
    doc, rep = parsed(text)
    _, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [c.text for c in claims if c.source_text == said]
