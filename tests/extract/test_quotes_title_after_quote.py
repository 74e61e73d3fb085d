"""Quotes: a title word right after a closing quote opens the speaker's phrase ('“...we've ever had,” lead researcher
Rob Kinley said'): the parser read "lead" as a verb reporting the quote, and the claim became an indirect row ending
in "lead". The claim is the quote, direct."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of


# Probe s30 P96, P235 (HIGH)
def test_a_title_word_after_the_quote_is_no_part_of_the_claim(parsed) -> None:
    text = "\u201cIt could be one of the biggest wins we\u2019ve ever had,\u201d lead researcher Rob Kinley said."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [(c.kind, c.source, c.text) for c in claims] == [
        ("direct", "Rob Kinley", "It could be one of the biggest wins we\u2019ve ever had,")
    ]


def test_a_quote_before_its_speaker_is_as_before(parsed) -> None:
    _, claims = quotes_and_claims_of(parsed, "\u201cIt is over,\u201d chief executive Jane Roe said.")
    assert [(c.kind, c.source, c.text) for c in claims] == [("direct", "Jane Roe", "It is over,")]
