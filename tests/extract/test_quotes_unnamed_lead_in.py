"""Quotes: a quote standing as a sentence of its own right after a sentence of its paragraph that reports a person the
story does not name ("Swift's rep told Fox News that ...") goes on with that person, not with the speaker of an
earlier paragraph."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of

STATEMENT = '"We were optimistic as recently as yesterday that this may get resolved," the statement concluded.\n\n'


def _quote(parsed, text: str, words: str):
    quotes, _ = quotes_and_claims_of(parsed, text)
    return next(q for q in quotes if words in q.text)


def test_unnamed_person_keeps_the_quote(parsed) -> None:
    # (eb62ac8425e5: the quote went to "the statement" of the paragraph before)
    text = STATEMENT + (
        "Swift's rep told Fox News that this, too, was not the whole truth. "
        '"Big Machine is trying to deflect and make this about money by saying she owes them."'
    )
    q = _quote(parsed, text, "trying to deflect")
    assert (q.speaker, q.speaker_text) == (None, "Swift's rep")


# Near miss: a sentence that reports no person (a poll) does not take the quote.
def test_a_poll_does_not_take_the_quote(parsed) -> None:
    text = STATEMENT + (
        "Polls show that the race is close. "
        '"Big Machine is trying to deflect and make this about money by saying she owes them."'
    )
    q = _quote(parsed, text, "trying to deflect")
    assert q.speaker_text != "Polls"
