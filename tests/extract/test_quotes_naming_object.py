"""A verb of naming someone takes whom it names after it: in "..., called Omar a “terrorist”" Omar is called, not the
speaker, also where the parser left the verb without a subject."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of, speaker_of

CALL = (
    "He was arrested in April for the March 21 call to the offices of Ilhan Omar.\n\nDuring the call, Patrick "
    "Carlineo asked about the Muslim Brotherhood, called Omar a \u201cterrorist\u201d and said, \u201csomebody ought "
    "to put a bullet in her skull,\u201d the prosecutor's office said."
)


def test_named_one_is_no_speaker(parsed):
    quotes, claims = quotes_and_claims_of(parsed, CALL)
    assert all(q.speaker != "Ilhan Omar" for q in quotes if q.text == "terrorist")
    assert all(c.source != "Ilhan Omar" for c in claims)


def test_inverted_said_speaks(parsed):
    # near miss: "said Smith" after a quote is Smith's
    assert speaker_of(parsed, "\u201cWe will win,\u201d said Smith.", "We will win") == "Smith"
