"""Quotes and claims: a quote introduced by "he said," inside a sentence another source relays is his; and "X is one
of the ... women" tells X's gender."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of

_CARLINEO = (
    "Patrick Carlineo was arrested in April for the March 21 call to the offices of Ilhan Omar. Omar is one of the"
    " first two Muslim women elected to Congress. The staff member who reported the call recalled that he said,"
    " \"I'll put a bullet in her (expletive) skull,\" the U.S. attorney's office said."
)


# 160 articles: the quote went to the office that relays the sentence; "he said," right before it introduces it.
# 'he' must not be Omar: "Omar is one of the first two Muslim women" is a vote for her gender, as "a spokeswoman" is.
def test_quote_introduced_by_a_relayed_cue_is_his(parsed) -> None:
    quotes, claims = quotes_and_claims_of(parsed, _CARLINEO)
    bullet = [q for q in quotes if q.text.startswith("I'll put a bullet")]
    assert [(q.speaker_text, q.speaker) for q in bullet] == [("he", "Patrick Carlineo")]
    relayed = [c for c in claims if c.source_text == "the U.S. attorney's office"]
    assert relayed and relayed[0].text.startswith("The staff member")


# Near misses: a quote before its own closing cue, and a quote after a cue with no relaying cue, are as before.
def test_plain_quotes_unchanged(parsed) -> None:
    quotes, _ = quotes_and_claims_of(parsed, '"I will win," the mayor said.')
    assert [q.speaker_text for q in quotes] == ["the mayor"]
    quotes, _ = quotes_and_claims_of(parsed, 'The mayor said: "We will rebuild."')
    assert [q.speaker_text for q in quotes] == ["The mayor"]
