"""A quote standing alone after a sentence that reports one named speaker: whose words it is not."""

from __future__ import annotations

import pytest

from extract.actors import extract_mentions
from extract.quotes import extract_quotes


def speakers_of(parsed, text: str) -> dict[str, str | None]:
    doc, rep = parsed(text)
    quotes, _, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return {q.text.strip("“” "): q.speaker for q in quotes}


def claim_sources(parsed, text: str) -> list[str | None]:
    doc, rep = parsed(text)
    _, claims, _ = extract_quotes(doc, rep, "t.txt", extract_mentions(doc, rep, "t.txt"))
    return [c.source for c in claims if "“" in c.text]


# An interviewer's question, words said to someone, the text of a letter, note, sign or agreement the reported
# clause names, or a quote that reads as another person's reply are not the reporter's: the quote stays open.
@pytest.mark.parametrize(
    ("text", "quote"),
    [
        (
            "At a news conference, Biden said he would sign the bill on Friday. “Mr. President, will you veto the "
            "tariff bill?” “I have not decided yet.”",
            "Mr. President, will you veto the tariff bill?",
        ),
        (
            "Company spokesman John Miller said the firm had received a letter from regulators on Tuesday. “You "
            "must cease all operations at the plant immediately.”",
            "You must cease all operations at the plant immediately.",
        ),
        (
            "In an interview, Governor Jay Inslee said the state was ready for the virus. “Are hospitals prepared "
            "for a surge in cases?” “Yes, we have added beds in every county.”",
            "Are hospitals prepared for a surge in cases?",
        ),
        (
            "Jones said she found a note on her car the next morning. “Go back to where you came from.”",
            "Go back to where you came from.",
        ),
        (
            "Smith said the memo was explicit about the deadline. “All staff must report to the office by Monday.”",
            "All staff must report to the office by Monday.",
        ),
        (
            "Biden said the text of the agreement was short. “Both parties shall cease hostilities at midnight.”",
            "Both parties shall cease hostilities at midnight.",
        ),
        (
            "Smith wrote that the sign on the door was clear enough. “No entry without a mask.”",
            "No entry without a mask.",
        ),
        (
            "Smith said Jones had been wrong about the budget. “I never promised a tax cut to anyone in this state.”",
            "I never promised a tax cut to anyone in this state.",
        ),
        (
            "Coach Andy Reid said the team was healthy. “Everybody is ready to go.” Patrick Mahomes said he felt "
            "fine after practice.",
            "Everybody is ready to go.",
        ),
        (
            "Coach Andy Reid said the team was healthy. “Everybody is ready to go.” Patrick Mahomes's reply was "
            "more cautious.",
            "Everybody is ready to go.",
        ),
    ],
)
def test_quote_after_report_left_open(parsed, text, quote):
    assert speakers_of(parsed, text).get(quote) is None
    assert claim_sources(parsed, text) == []


# near misses: the speaker's own statement after his report keeps going on with him
@pytest.mark.parametrize(
    ("text", "quote", "speaker"),
    [
        (
            "Governor Jay Inslee said the state was ready for the virus. “We have added beds in every county.”",
            "We have added beds in every county.",
            "Jay Inslee",
        ),
        (
            "Company spokesman John Miller said the firm would appeal the decision on Tuesday. “We did nothing "
            "wrong at the plant.”",
            "We did nothing wrong at the plant.",
            "John Miller",
        ),
        # the next sentence names another person who does not speak there
        (
            "Coach Andy Reid said the team was healthy. “Everybody is ready to go.” Patrick Mahomes practiced on "
            "Wednesday.",
            "Everybody is ready to go.",
            "Andy Reid",
        ),
        (
            "Governor Jay Inslee said the state was ready for the virus. “We have added beds in every county.” "
            "Health Secretary John Wiesman toured a hospital in Seattle on Monday.",
            "We have added beds in every county.",
            "Jay Inslee",
        ),
    ],
)
def test_quote_after_report_kept(parsed, text, quote, speaker):
    assert speakers_of(parsed, text).get(quote) == speaker
