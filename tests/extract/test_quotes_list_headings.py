"""A quote with no closing stop filling a line after a list item's number ('6. “The Gordon problem”') is a numbered
section's heading: nobody says it there, not the speaker of the paragraph before."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of

BEFORE = "\u201cI did not know others were conveying a different message,\u201d Volker said.\n\n"


def _quoted(parsed, text: str) -> dict[str, str | None]:
    quotes, _ = quotes_and_claims_of(parsed, text)
    return {q.text: q.speaker for q in quotes}


def test_numbered_heading_is_nobodys(parsed):
    text = BEFORE + "6. \u201cThe Gordon problem\u201d\n\nMorrison testified that he didn't always follow through."
    assert "The Gordon problem" not in _quoted(parsed, text)


def test_quote_paragraph_goes_on(parsed):
    # near misses: a quote of its own paragraph with a stop goes on with the speaker, numbered or not
    assert _quoted(parsed, BEFORE + "\u201cThe problem was Gordon.\u201d").get("The problem was Gordon.") == "Volker"
    text = BEFORE + "6. \u201cThe problem was Gordon.\u201d"
    assert _quoted(parsed, text).get("The problem was Gordon.") == "Volker"


def test_numbered_lines_of_a_speaker_stay_quotes(parsed):
    # near miss (review s20 r2a MED): quoted lines with a finite verb, without stops, go on as the speaker's words
    text = (
        "\u201cThese are the promises I will keep,\u201d Biden said at the debate on Tuesday.\n\n1. \u201cWe will not "
        "raise your taxes\u201d\n\n2. \u201cWe will rejoin the Paris agreement\u201d"
    )
    assert _quoted(parsed, text).get("We will not raise your taxes") == "Biden"
