"""Actors: company names of digits and capitals ("3M"), which the tokenizer cuts in two and the tagger leaves out."""

from __future__ import annotations

from tests.extract.helpers import claims_of, mentions_of


def test_a_numbered_name_that_says_something_is_a_company(parsed) -> None:
    # "3M said": the claim's source was 'M', the second half of "3" + "M".
    text = "3M said on Tuesday that it would cut 2,000 jobs. Shares of 3M fell 4% after the news."
    assert [(m.name, m.kind) for m in mentions_of(parsed, text)] == [("3M", "organization"), ("3M", "organization")]
    assert [c.source for c in claims_of(parsed, text)] == ["3M"]


def test_numbered_units_and_formats_stay_out(parsed) -> None:
    # Near misses: a network, a screen format or an amount is no company, even beside a verb of saying.
    for text in ("5G is said to be the future of mobile data.", "He paid $3M for the house, the firm said."):
        assert [(m.name, m.kind) for m in mentions_of(parsed, text)] == []
