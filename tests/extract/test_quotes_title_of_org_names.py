"""Quotes and claims: "the chief executive of Northvale Rail, Simon Achterberg, said": the name closing a title's
phrase after a comma is the speaker's, though the parser set it beside the firm or took it for an adverb."""

from __future__ import annotations

import pytest

from tests.extract.helpers import quotes_and_claims_of, speaker_of


# Probe s27 class 6: the speaker was None though the name was right there; the rule that keeps "A spokesman for
# Senator Tom Walsh" from speaking as Walsh dropped the name the title's phrase renames it by, and a name the parser
# made an adverb (npadvmod) of the title was not read at all. With no speaker the quote's next paragraphs were lost.
@pytest.mark.parametrize(
    "text",
    [
        '"We have made mistakes," the chief executive of Northvale Rail, Simon Achterberg, said at the hearing.',
        '"We have made mistakes," the chief executive of Northvale Rail, Simon Achterberg, admitted at the hearing.',
        "The chief executive of Northvale Rail, Simon Achterberg, said the timetable would be fixed.",
        '"We have made mistakes," the boss of Northvale Rail, Simon Achterberg, said.',
    ],
)
def test_name_after_title_of_a_firm_speaks(parsed, text) -> None:
    quotes, claims = quotes_and_claims_of(parsed, text)
    assert {q.speaker for q in quotes} | {c.source for c in claims} == {"Simon Achterberg"}


def test_paragraphs_the_quote_goes_on_with_keep_the_speaker(parsed) -> None:
    text = (
        '"We have made mistakes," the chief executive of Northvale Rail, Simon Achterberg, admitted at the hearing.\n\n'
        '"Passengers were let down, and I apologise for that.\n\n'
        '"We are hiring 300 more drivers this year."\n'
    )
    assert speaker_of(parsed, text, "hiring 300") == "Simon Achterberg"


@pytest.mark.parametrize(
    "text",
    [
        # whom a spokesman speaks for is no speaker
        '"The bill will pass," a spokesman for Senator Tom Walsh said.',
    ],
)
def test_kept_no_speaker(parsed, text) -> None:
    quotes, _ = quotes_and_claims_of(parsed, text)
    assert [q.speaker for q in quotes] == [None]
