"""Quotes and claims: the writer's aside "As we've noted," neither speaks nor hides what follows: in "As we've
noted, a March 2019 study by the Centre for Economic Policy Research ... concluded that ... “the full incidence of
the tariff falls on domestic consumers ...”" the parser made the study the object of "noted", leaving
"concluded" without a subject: no row at all. The object of an "as" aside of saying right before a subjectless cue
is its subject."""

from __future__ import annotations

from tests.extract.helpers import quotes_and_claims_of

STUDY = (
    "As we've noted, a March 2019 study by the Centre for Economic Policy Research, a London-based think tank, "
    "concluded that, using standard economic methods, “the full incidence of the tariff falls on domestic "
    "consumers, with a reduction in U.S. real income of $1.4 billion per month by the end of 2018.”"
)


def test_the_study_after_the_writers_aside_speaks(parsed) -> None:
    quotes, claims = quotes_and_claims_of(parsed, STUDY)
    assert [q.speaker for q in quotes] == ["Centre for Economic Policy Research"]
    assert [c.cue for c in claims] == ["concluded"]


# Near miss: an "as" aside of a deed ("As you build ...") lends its object to no imperative.
def test_an_aside_of_a_deed_lends_no_subject(parsed) -> None:
    text = "As you build these tangible business assets, remember: you don't have to do it all at once."
    _, claims = quotes_and_claims_of(parsed, text)
    assert claims == []


# Near miss: a finding nested in a speaker's report stays inside it, as before.
def test_a_conclusion_nested_in_a_speakers_report_stays_hidden(parsed) -> None:
    text = "Officials said a study found tariffs hurt consumers."
    _, claims = quotes_and_claims_of(parsed, text)
    assert [c.cue for c in claims] == ["said"]
